package org.xxgk.rollup.ingest;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The key a submitted file is stored under: its path relative to the input folder, with {@code /} separators. Two
 * kinds of names cannot be that key as they are, and are read all the same (FILE-NAME-INVALID, a warning):
 * <ul>
 * <li>a name that is not UTF-8 (GBK bytes, as zips made on Windows unpack): Java shows its bytes as U+FFFD and cannot
 * open the file by that text, so the key is the name read as GB18030 (the bytes are kept in the {@link Path} the
 * folder listing gave, which opens it);</li>
 * <li>a path too long for the table's unique index (PostgreSQL refuses index rows above about 2.7 KB): the key keeps
 * its start and ends with a hash of the whole path, so it stays the same from night to night.</li>
 * </ul>
 * A file name longer than {@link #MAX_NAME_BYTES} is also flagged: output names built from it (a letter to an
 * unmatched file's sender) would exceed what file systems allow (255 bytes).
 */
public final class SubmissionPaths {

	/** Keys longer than this (UTF-8 bytes) are shortened. */
	static final int MAX_KEY_BYTES = 1000;

	/** File names longer than this (UTF-8 bytes) are flagged: outputs named after them would be too long. */
	static final int MAX_NAME_BYTES = 180;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private SubmissionPaths() {
	}

	/** The path of {@code file} relative to {@code folder} as Java shows it, with {@code /} separators. */
	public static String relativePath(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	/** The key {@code file} (as the folder listing gave it) is stored under. */
	static String key(Path folder, Path file) {
		String relative = relativePath(folder, file);
		String readable = (relative.indexOf('\uFFFD') >= 0) ? decodedBytes(folder, file, relative) : relative;
		return (utf8Length(readable) > MAX_KEY_BYTES) ? shortened(readable) : readable;
	}

	/** Whether the file's name or path has to be flagged FILE-NAME-INVALID (key: as {@link #key} made it). */
	static boolean invalid(Path file, String key) {
		String name = file.getFileName().toString();
		return !key.endsWith(name) || utf8Length(name) > MAX_NAME_BYTES;
	}

	/**
	 * The path's own bytes (from the file's URI, which keeps them), each name of it read as UTF-8 or, failing that,
	 * as GB18030; a name neither reads stays as shown.
	 */
	private static String decodedBytes(Path folder, Path file, String shown) {
		byte[] folderBytes = rawBytes(folder.toAbsolutePath().toUri());
		byte[] fileBytes = rawBytes(file.toAbsolutePath().toUri());
		int start = folderBytes.length + ((folderBytes.length > 0 && folderBytes[folderBytes.length - 1] == '/') ? 0 : 1);
		String[] shownNames = shown.split("/");
		StringBuilder decoded = new StringBuilder();
		int name = 0;
		for (int from = start, to = start; to <= fileBytes.length; to++) {
			if (to == fileBytes.length || fileBytes[to] == '/') {
				String fallback = (name < shownNames.length) ? shownNames[name] : "";
				decoded.append((name++ > 0) ? "/" : "").append(decoded(fileBytes, from, to, fallback));
				from = to + 1;
			}
		}
		return (start <= fileBytes.length && name == shownNames.length) ? decoded.toString() : shown;
	}

	private static String decoded(byte[] bytes, int from, int to, String fallback) {
		for (Charset charset : new Charset[] { StandardCharsets.UTF_8, GB18030 }) {
			try {
				return charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, from, to - from))
					.toString();
			}
			catch (CharacterCodingException ex) {
				// the next charset
			}
		}
		return fallback;
	}

	/** The bytes of a file URI's path (its percent escapes undone byte by byte). */
	private static byte[] rawBytes(URI uri) {
		String path = uri.getRawPath();
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(path.length());
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%' && i + 2 < path.length()) {
				bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	/** The path's start and a hash of the whole path, within {@link #MAX_KEY_BYTES}. */
	private static String shortened(String path) {
		String hash = SubmissionProcessor.sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		StringBuilder start = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < path.length();) {
			int codePoint = path.codePointAt(i);
			int length = utf8Length(new String(Character.toChars(codePoint)));
			if (bytes + length > MAX_KEY_BYTES - 40) {
				break;
			}
			start.appendCodePoint(codePoint);
			bytes += length;
			i += Character.charCount(codePoint);
		}
		return start + "…~" + hash;
	}

	static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
