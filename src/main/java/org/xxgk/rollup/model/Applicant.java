package org.xxgk.rollup.model;

import java.util.Arrays;
import java.util.List;

/**
 * The six applicant columns of table 三, in the form's order, each with its metric code segment and the header the
 * form prints over it: 自然人, then the five columns under 法人或其他组织.
 */
public enum Applicant {

	NATURAL_PERSON("natural_person", "自然人"), ENTERPRISE("enterprise", "商业企业"), RESEARCH("research", "科研机构"),
	PUBLIC_INTEREST("public_interest", "社会公益组织"), LEGAL_SERVICES("legal_services", "法律服务机构"),
	OTHER_ORG("other_org", "其他");

	/** The header the form prints over the five organisation columns. */
	public static final String ORGANISATIONS = "法人或其他组织";

	private final String code;

	private final String label;

	Applicant(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The five columns under 法人或其他组织. */
	public static List<Applicant> organisations() {
		return Arrays.stream(values()).filter((applicant) -> applicant != NATURAL_PERSON).toList();
	}

}
