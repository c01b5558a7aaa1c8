package org.xxgk.rollup.console;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/** The console's queries (its security is {@link ConsoleSecurity}, its pages {@link ConsoleController}). */
@Configuration(proxyBeanMethods = false)
@Profile(Console.PROFILE)
public class ConsoleConfiguration {

	@Bean
	ConsoleQueries consoleQueries(DataSource dataSource) {
		return new ConsoleQueries(new JdbcTemplate(dataSource));
	}

}
