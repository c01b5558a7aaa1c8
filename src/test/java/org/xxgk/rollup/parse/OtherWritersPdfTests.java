package org.xxgk.rollup.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.rollup.parse.TemplatePdfFixtures.Fixture;

/**
 * The form PDFs as other tools than LibreOffice write them. A "print to PDF" through poppler's cairo
 * (src/test/resources/pdf/redistilled, README there) re-embeds the fonts and strokes a synthetic bold's outlines as
 * paths; a PostScript round trip (pdftops, ps2pdf) leaves fonts without a ToUnicode map and is refused, as it must
 * be: its text copies as garbage. And each LibreOffice fixture's pages drawn as Word or WPS draw them
 * ({@link ContentStreamVariants}): borders as filled rectangles, glyph by glyph with character spacing, text out
 * of reading order, rules 0.1 pt apart, no right-hand border. Every figure of the transcription is read (a blank
 * cell blank), with title, unit and year, and the validator raises no error.
 */
class OtherWritersPdfTests {

	/**
	 * pdftocairo -pdf of the shaded fixture: the title's synthetic bold came out as text plus its glyphs' outlines
	 * stroked as paths, whose straight strokes boxed the characters in (沭阳县人民政府 read 沭人政, no title) and cut
	 * table 三's rows under the vertical 三、本年度办理结果 (TABLE-INCOMPLETE, 133 figures missing) before PdfRulings
	 * left curved and slanting paths out of the rulings.
	 */
	@Test
	void aPrintThroughCairoIsRead() throws Exception {
		Fixture shaded = fixture("shuyang-fgj-2023-shaded-vertical.pdf");
		FilledFormPdfTests.assertEveryFigure(shaded, redistilled("shuyang-fgj-2023-shaded-vertical.pdftocairo.pdf"));
	}

	/** pdftops then ps2pdf: every font re-embedded without ToUnicode, the text copies as Latin garbage: refused. */
	@Test
	void aPostScriptRoundTripWithoutTextMapsIsRefused() throws Exception {
		byte[] pdf = redistilled("shuyang-fgj-2023-rotated-labels.ps2pdf.pdf");
		assertThatThrownBy(() -> new PdfReader().read(pdf)).isInstanceOf(UnreadableReportException.class)
			.hasMessage(PdfReader.NO_TEXT_MAP + PdfReader.ASK);
	}

	static Stream<Arguments> variants() {
		return Stream.of(ContentStreamVariants.values())
			.flatMap((variant) -> TemplatePdfFixtures.FIXTURES.stream().map((fixture) -> Arguments.of(variant, fixture)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("variants")
	void theFormDrawnAsOtherWritersDrawItIsRead(ContentStreamVariants variant, Fixture fixture) throws Exception {
		byte[] pdf = variant.apply(FilledFormPdfTests.pdf(fixture));
		FilledFormPdfTests.assertEveryFigure(fixture, pdf);
	}

	private static Fixture fixture(String file) {
		return TemplatePdfFixtures.FIXTURES.stream().filter((fixture) -> fixture.file().equals(file)).findFirst().orElseThrow();
	}

	private static byte[] redistilled(String file) throws Exception {
		try (InputStream in = OtherWritersPdfTests.class.getResourceAsStream("/pdf/redistilled/" + file)) {
			assertThat(in).as(file).isNotNull();
			return in.readAllBytes();
		}
	}

}
