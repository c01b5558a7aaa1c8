package org.xxgk.rollup.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.xxgk.rollup.demo.DocxWriter;
import org.xxgk.rollup.demo.GeneratedReport;
import org.xxgk.rollup.demo.HtmlPageWriter;

/**
 * The hostile part of the corpus, made at test time (the big ones into a temp folder, never committed): zip bomb,
 * XXE documents, a password-protected .docx, a 200 MB file. The tiny fixed ones are under
 * {@code src/test/resources/hostile}.
 */
public final class HostileFiles {

	/** Read by the external entities, were they ever resolved. */
	public static final String SECRET_FILE = "/etc/hostname";

	private HostileFiles() {
	}

	public static byte[] resource(String name) {
		try {
			return Files.readAllBytes(Path.of("src/test/resources/hostile", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page that is only a picture, as a scanner writes it. */
	public static byte[] scannedPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 280; y += 7) {
				for (int x = 20; x < 180; x++) {
					image.setRGB(x, y, 0xFFFFFF);
				}
			}
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A small .docx whose document.xml inflates to {@code expandedBytes} of blanks. */
	public static byte[] zipBomb(long expandedBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] blanks = new byte[1 << 20];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (long written = 0; written < expandedBytes; written += blanks.length) {
				zip.write(blanks);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The report as a .docx whose document.xml declares an external entity and uses it in the title. */
	public static byte[] xxeDocx(GeneratedReport report) {
		byte[] docx = DocxWriter.write(report, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("word/document.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					xml = xml.replaceFirst("<w:document", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://"
							+ SECRET_FILE + "\">]><w:document");
					xml = xml.replace(report.title(), "&xxe;" + report.title());
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The report as a web page declaring an external entity and using it in part 一. */
	public static byte[] xxeHtml(GeneratedReport report) {
		String html = HtmlPageWriter.write(report)
			.replace("<!DOCTYPE html>",
					"<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + SECRET_FILE + "\">]>")
			.replace("<p style=\"text-indent:2em\">", "<p style=\"text-indent:2em\">&xxe;");
		return html.getBytes(StandardCharsets.UTF_8);
	}

	/** The report as a .docx protected by a password (agile encryption, as Word 2010+ writes it). */
	public static byte[] passwordProtectedDocx(GeneratedReport report) {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("xxgk2022");
			try (OutputStream encrypted = encryptor.getDataStream(ole)) {
				encrypted.write(DocxWriter.write(report, false));
			}
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A sparse file of {@code size} bytes: takes no disk and is never read into memory. */
	public static Path sparseFile(Path file, long size) {
		try {
			Files.createDirectories(file.getParent());
			try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
				sparse.setLength(size);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
