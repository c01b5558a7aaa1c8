package org.xxgk.rollup.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as one file (MHTML, {@code .mht}/{@code .mhtml}): "网页，单个文件" of IE, 360, Edge and Chrome, and
 * Word's "单个文件网页". It is a MIME message, {@code multipart/related}, whose first {@code text/html} part is the page
 * (the others are its images, styles and Word's filelist.xml); that part is quoted-printable or base64, its charset
 * in its header (GB2312/GBK from IE and Word, UTF-8 from Chrome) or only in the page's {@code <meta>}. Only that part is
 * read, into the page's text, which the HTML reader then reads as any saved page. No MIME library: this one shape of
 * message needs the headers, the boundary and two transfer encodings, and nothing of the message is ever resolved.
 */
final class WebArchive {

	private static final Pattern MULTIPART = Pattern.compile("(?i)multipart/related");

	private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*([a-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

	private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

	/** Where a submission's first header must be for the file to be a web archive (headers are ASCII, a few lines). */
	private static final int HEADER_WINDOW = 8192;

	static final String NO_PAGE = "这是单个文件网页（.mht/.mhtml），但其中找不到网页正文（text/html部分），文件可能不完整。"
			+ "请在浏览器中打开原网页，另存为“网页，仅HTML”（.html）后重新报送，或报送年度报告的Word或PDF原文件";

	private WebArchive() {
	}

	/** Whether the bytes are a MIME message whose top header says multipart/related (a web archive). */
	static boolean isWebArchive(byte[] content) {
		String start = latin1(content, 0, Math.min(content.length, HEADER_WINDOW));
		if (start.startsWith("\u00EF\u00BB\u00BF")) {
			start = start.substring(3);
		}
		Map<String, String> headers = headers(start.stripLeading());
		return headers.containsKey("content-type") && MULTIPART.matcher(headers.get("content-type")).find()
				&& parameter(headers.get("content-type"), "boundary") != null;
	}

	/** The page: the first text/html part, its transfer encoding undone, decoded in its charset. */
	static String page(byte[] content) throws UnreadableReportException {
		String message = latin1(content, 0, content.length);
		if (message.startsWith("\u00EF\u00BB\u00BF")) {
			message = message.substring(3);
		}
		message = message.stripLeading();
		int bodyStart = headerEnd(message);
		String boundary = parameter(headers(message).get("content-type"), "boundary");
		if (bodyStart < 0 || boundary == null) {
			throw new UnreadableReportException(NO_PAGE);
		}
		String delimiter = "--" + boundary;
		int at = message.indexOf(delimiter, bodyStart);
		while (at >= 0) {
			int partStart = message.indexOf('\n', at);
			if (partStart < 0 || message.startsWith(delimiter + "--", at)) {
				break;
			}
			int next = message.indexOf(delimiter, partStart);
			String part = message.substring(partStart + 1, (next < 0) ? message.length() : next);
			Map<String, String> headers = headers(part);
			String type = headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
			int partBody = headerEnd(part);
			if (type.startsWith("text/html") && partBody >= 0) {
				byte[] bytes = undoTransferEncoding(part.substring(partBody),
						headers.getOrDefault("content-transfer-encoding", "7bit"));
				return decode(bytes, parameter(headers.get("content-type"), "charset"));
			}
			at = next;
		}
		throw new UnreadableReportException(NO_PAGE);
	}

	/** The headers of a message or part (names lower-cased, folded lines unfolded), up to the first blank line. */
	private static Map<String, String> headers(String text) {
		Map<String, String> headers = new LinkedHashMap<>();
		String last = null;
		for (String line : text.split("\r?\n", -1)) {
			if (line.isBlank()) {
				break;
			}
			if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
				headers.merge(last, " " + line.strip(), String::concat);
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0 || line.substring(0, colon).contains(" ")) {
				// not a header line: a message starts with headers or is no message
				if (headers.isEmpty()) {
					return headers;
				}
				continue;
			}
			last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			headers.putIfAbsent(last, line.substring(colon + 1).strip());
		}
		return headers;
	}

	/** Where the body starts after the headers' blank line, or -1. */
	private static int headerEnd(String text) {
		Matcher blank = Pattern.compile("\r?\n[ \t]*\r?\n").matcher(text);
		return blank.find() ? blank.end() : -1;
	}

	private static String parameter(String header, String name) {
		if (header == null) {
			return null;
		}
		Matcher parameter = PARAMETER.matcher(header);
		while (parameter.find()) {
			if (parameter.group(1).equalsIgnoreCase(name)) {
				return (parameter.group(3) != null) ? parameter.group(3) : parameter.group(2);
			}
		}
		return null;
	}

	private static byte[] undoTransferEncoding(String body, String encoding) throws UnreadableReportException {
		String name = encoding.strip().toLowerCase(Locale.ROOT);
		if (name.equals("base64")) {
			try {
				return Base64.getMimeDecoder().decode(body.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new UnreadableReportException("单个文件网页（.mht）中的网页正文（base64编码）已损坏，无法解码。"
						+ "请在浏览器中打开原网页，另存为“网页，仅HTML”（.html）后重新报送", ex);
			}
		}
		byte[] raw = body.getBytes(StandardCharsets.ISO_8859_1);
		return name.equals("quoted-printable") ? unquote(raw) : raw;
	}

	/** Quoted-printable undone: {@code =XX} is that byte, {@code =} at a line's end joins the next line. */
	private static byte[] unquote(byte[] raw) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
		for (int i = 0; i < raw.length; i++) {
			byte b = raw[i];
			if (b != '=') {
				out.write(b);
				continue;
			}
			if (i + 1 < raw.length && raw[i + 1] == '\n') {
				i += 1;
			}
			else if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
				i += 2;
			}
			else if (i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
				out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
				i += 2;
			}
			else {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

	private static int hex(byte b) {
		return Character.digit(b, 16);
	}

	/**
	 * The page's text in the charset its part's header names, else the one its {@code <meta>} names, else as plain
	 * text is decoded (UTF-8, then GB18030). GB2312 and GBK pages often hold characters only GBK has, so both are read
	 * as GB18030, which contains them.
	 */
	private static String decode(byte[] bytes, String declared) throws UnreadableReportException {
		String charset = declared;
		if (charset == null) {
			Matcher meta = META_CHARSET.matcher(latin1(bytes, 0, Math.min(bytes.length, HEADER_WINDOW)));
			charset = meta.find() ? meta.group(1) : null;
		}
		if (charset != null) {
			try {
				String name = charset.strip().toLowerCase(Locale.ROOT);
				Charset known = switch (name) {
					case "gb2312", "gbk", "x-gbk", "cp936", "gb18030", "windows-936" -> Charset.forName("GB18030");
					default -> Charset.forName(name);
				};
				return known.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			}
			catch (CharacterCodingException | IllegalCharsetNameException | UnsupportedCharsetException ex) {
				// a wrong or unknown declaration: the bytes decide, as for a page saved without one
			}
		}
		return new TextDecoder().decode(bytes);
	}

	private static String latin1(byte[] content, int from, int to) {
		return new String(content, from, to - from, StandardCharsets.ISO_8859_1);
	}

}
