package org.xxgk.rollup.console;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what in the console: everything needs a login (form login, users from {@code console_user}); every POST
 * but the login and logout needs the reviewer role; CSRF tokens on every form (Spring Security's default, which
 * th:action fills in); failed logins are slowed ({@link LoginThrottle}); pages may load nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@Profile(Console.PROFILE)
@EnableWebSecurity
public class ConsoleSecurity {

	@Bean
	ConsoleUsers consoleUsers(DataSource dataSource) {
		return new ConsoleUsers(new JdbcTemplate(dataSource));
	}

	@Bean
	PasswordEncoder passwordEncoder(ConsoleUsers users) {
		return users.encoder();
	}

	@Bean
	LoginThrottle loginThrottle() {
		return new LoginThrottle();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/console.css")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/logout")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/**")
			.hasRole(Role.REVIEWER.name())
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; form-action 'self'")))
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}
