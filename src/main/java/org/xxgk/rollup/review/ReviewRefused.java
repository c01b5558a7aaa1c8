package org.xxgk.rollup.review;

/** A decision or correction that cannot be recorded, with the reason in Chinese for the person who asked. */
public class ReviewRefused extends Exception {

	private static final long serialVersionUID = 1L;

	public ReviewRefused(String message) {
		super(message);
	}

}
