package org.xxgk.rollup.console;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows repeated failed logins: after {@value #FREE_FAILURES} failures for a user name within a quarter of an hour,
 * each further login attempt for it is answered only after a wait that grows by {@link #STEP} per failure (up to
 * {@link #MAX_WAIT}). Guessing passwords becomes slow; the right password still works, a little later. A success
 * clears the count.
 */
public class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration STEP = Duration.ofSeconds(2);

	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	private static final Duration MEMORY = Duration.ofMinutes(15);

	private record Failures(int count, Instant last) {

	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	public LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	public void failed(AbstractAuthenticationFailureEvent event) {
		if (this.failures.size() > 10_000) {
			// names nobody uses pile up when someone guesses them: forget those no longer remembered anyway
			this.failures.values().removeIf((old) -> !remembered(old));
		}
		this.failures.merge(event.getAuthentication().getName(), new Failures(1, this.clock.instant()),
				(old, one) -> new Failures(remembered(old) ? old.count() + 1 : 1, one.last()));
	}

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(event.getAuthentication().getName());
	}

	/** How long the next attempt for this user name waits before it is checked. */
	Duration delay(String name) {
		Failures known = (name != null) ? this.failures.get(name) : null;
		if (known == null || !remembered(known) || known.count() < FREE_FAILURES) {
			return Duration.ZERO;
		}
		Duration wait = STEP.multipliedBy(known.count() - FREE_FAILURES + 1);
		return (wait.compareTo(MAX_WAIT) > 0) ? MAX_WAIT : wait;
	}

	private boolean remembered(Failures known) {
		return known.last().plus(MEMORY).isAfter(this.clock.instant());
	}

	/** The filter that holds a login attempt back for {@link #delay(String)} (put before the login filter). */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Duration wait = delay(request.getParameter("username"));
				if (!wait.isZero()) {
					try {
						Thread.sleep(wait.toMillis());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				chain.doFilter(request, response);
			}

		};
	}

}
