package org.xxgk.rollup.parse;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory every streaming reader of an Office part uses (DocxReader, XlsxRows): no DTD and no external
 * entities, which Office never writes; one in a submission is an entity attack and is never resolved.
 */
final class SafeXml {

	private SafeXml() {
	}

	/** {@code coalescing}: whether adjacent text and CDATA come as one event. */
	static XMLInputFactory factory(boolean coalescing) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
		return factory;
	}

}
