package org.xxgk.rollup.console;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console's users in {@code console_user}: a BCrypt hash of each password, never the password, and a role. There
 * is no default user; {@code jobs/serve --add-user} adds or replaces one.
 */
public class ConsoleUsers implements UserDetailsService {

	/** Passwords shorter than this are refused. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	public ConsoleUsers(JdbcTemplate jdbc) {
		this(jdbc, new BCryptPasswordEncoder());
	}

	ConsoleUsers(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

	/** Adds the user, or gives an existing one this password and role. */
	public void add(String name, Role role, String password) {
		if (name == null || name.isBlank() || !name.strip().equals(name)) {
			throw new IllegalArgumentException("用户名不能为空，也不能以空格开头或结尾");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
		this.jdbc.update("""
				insert into console_user (name, password_hash, role) values (?, ?, ?)
				on conflict (name) do update set password_hash = excluded.password_hash, role = excluded.role""", name,
				this.encoder.encode(password), role.code());
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		List<UserDetails> users = this.jdbc.query("select name, password_hash, role from console_user where name = ?",
				(row, i) -> User.withUsername(row.getString(1))
					.password(row.getString(2))
					.authorities(new SimpleGrantedAuthority(
							Role.ofCode(row.getString(3)).orElse(Role.VIEWER).authority()))
					.build(),
				name);
		if (users.isEmpty()) {
			throw new UsernameNotFoundException("no console user " + name);
		}
		return users.get(0);
	}

}
