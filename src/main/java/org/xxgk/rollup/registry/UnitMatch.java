package org.xxgk.rollup.registry;

/**
 * A report matched to a reporting unit: which unit, which part of the submission named it, and the text that did.
 */
public record UnitMatch(Region unit, Source source, String matchedText) {

	/** Where the unit's name was found, in the order they are tried. */
	public enum Source {

		/** The reporting body the report names itself (e.g. 企水镇人民政府). */
		STATED_UNIT("报告署名"),

		/** The report's title. */
		TITLE("报告标题"),

		/** The submitted file's name. */
		FILE_NAME("文件名"),

		/** The folder the file was in. */
		FOLDER("文件夹名");

		private final String chinese;

		Source(String chinese) {
			this.chinese = chinese;
		}

		public String chinese() {
			return this.chinese;
		}

	}

}
