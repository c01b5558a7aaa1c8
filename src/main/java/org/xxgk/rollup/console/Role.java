package org.xxgk.rollup.console;

import java.util.Optional;

/** A console user's role (stored as its code in {@code console_user.role}). */
public enum Role {

	/** Reads everything, decides and corrects, runs the roll-up again. */
	REVIEWER("reviewer"),

	/** Reads everything; every form that changes something answers 403. */
	VIEWER("viewer");

	private final String code;

	Role(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The Spring Security authority of the role, as {@code hasRole("REVIEWER")} expects it. */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> ofCode(String code) {
		for (Role role : values()) {
			if (role.code.equals(code)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
