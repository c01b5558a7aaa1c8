package org.xxgk.rollup.report;

/** Escaping for text and attribute values: every name, label and cell a unit wrote passes through here. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** A file name as one segment of a relative link: the characters a URL gives a meaning to are percent-encoded. */
	static String pathSegment(String name) {
		return name.replace("%", "%25").replace("#", "%23").replace("?", "%3F").replace(" ", "%20");
	}

}
