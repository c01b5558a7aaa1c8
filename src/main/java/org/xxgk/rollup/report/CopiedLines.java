package org.xxgk.rollup.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns PostgreSQL's COPY text format of a one-column result, whose values are finished CSV lines, back into those
 * lines with CRLF ends: COPY writes each row with a LF and escapes backslashes and control characters inside a value
 * ({@code \\}, {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f}, {@code \v}). Works on the UTF-8 bytes
 * directly: no byte of a multi-byte character is ASCII.
 */
final class CopiedLines extends FilterOutputStream {

	private boolean escaped;

	CopiedLines(OutputStream out) {
		super(out);
	}

	@Override
	public void write(int b) throws IOException {
		if (this.escaped) {
			this.escaped = false;
			this.out.write(unescaped(b));
		}
		else if (b == '\\') {
			this.escaped = true;
		}
		else if (b == '\n') {
			this.out.write('\r');
			this.out.write('\n');
		}
		else {
			this.out.write(b);
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		int start = offset;
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			byte b = bytes[i];
			if (b == '\\' || b == '\n' || this.escaped) {
				this.out.write(bytes, start, i - start);
				write(b);
				start = i + 1;
			}
		}
		this.out.write(bytes, start, end - start);
	}

	private static int unescaped(int b) {
		return switch (b) {
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'v' -> 0x0B;
			default -> b;
		};
	}

}
