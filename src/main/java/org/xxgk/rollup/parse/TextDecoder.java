package org.xxgk.rollup.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text submission into text. Townships save either UTF-8 (often with a BOM, from
 * Notepad) or GBK/GB18030 (older Windows defaults); strict UTF-8 rarely decodes GBK text by accident, so it is tried
 * first. The format detector has taken zip, OLE2 and PDF containers before.
 */
final class TextDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	String decode(byte[] content) throws UnreadableReportException {
		if (content == null || content.length == 0) {
			throw new UnreadableReportException("文件为空，没有可读取的内容");
		}
		String text = decodeText(content);
		if (looksBinary(text)) {
			throw new NotText("文件编码无法识别：内容不是文本", null);
		}
		return text;
	}

	private static String decodeText(byte[] content) throws UnreadableReportException {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return strict(content, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			return strict(content, 0, StandardCharsets.UTF_16);
		}
		try {
			return strict(content, 0, StandardCharsets.UTF_8);
		}
		catch (UnreadableReportException notUtf8) {
			return strict(content, 0, GB18030);
		}
	}

	private static String strict(byte[] content, int offset, Charset charset) throws UnreadableReportException {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new NotText("文件编码无法识别", ex);
		}
	}

	/** Many control characters (NUL included) mean the bytes decoded "successfully" but are not text. */
	private static boolean looksBinary(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// a stray NUL is counted like any control character (the parser drops it); UTF-16 or binary has many
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				control++;
			}
		}
		return control > text.length() / 100 + 1;
	}

	static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The bytes are no text in any encoding tried: the last guess, once no container format took them. The parser
	 * names a damaged file instead where the file's name says it should have been a Word, Excel or PDF file.
	 */
	static final class NotText extends UnreadableReportException {

		NotText(String chineseReason, Throwable cause) {
			super(chineseReason, cause);
		}

	}

}
