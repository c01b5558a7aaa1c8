package org.xxgk.rollup.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.parse.OversizedReportException;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.parse.UnreadableReportException;
import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.registry.UnitMatch;
import org.xxgk.rollup.registry.UnitMatcher;
import org.xxgk.rollup.review.Corrections;
import org.xxgk.rollup.model.Finding;
import org.xxgk.rollup.validate.Findings;
import org.xxgk.rollup.validate.History;
import org.xxgk.rollup.validate.PriorReport;
import org.xxgk.rollup.validate.RuleContext;
import org.xxgk.rollup.validate.SubmissionValidator;
import org.xxgk.rollup.validate.ValidationSettings;

/**
 * Turns one submitted file into a {@link CheckedSubmission}: fingerprint, size check, parse into the canonical
 * report, match the unit, validate. Bad input never throws out of here: it becomes a rejected submission with its
 * finding. A file whose size and modification time are unchanged since the last run (and the checking inputs too) is
 * not even read; one whose fingerprint is unchanged is not parsed again.
 */
public class SubmissionProcessor implements ItemProcessor<SubmissionFile, CheckedSubmission> {

	/**
	 * Bumped whenever parsing or validation changes what a file yields, so that files checked by an older version
	 * are checked again rather than trusted.
	 */
	static final String CHECK_VERSION = "4";

	private static final Log logger = LogFactory.getLog(SubmissionProcessor.class);

	private final Batch batch;

	private final SubmissionParser parser;

	/** Asked only when a file is read: a file unchanged since the last run needs no unit matched. */
	private final Supplier<UnitMatcher> matcher;

	private final SubmissionValidator validator;

	private final History history;

	private final ValidationSettings settings;

	private final Corrections corrections;

	private final CheckKeys checkKeys;

	/**
	 * What every file of the run is checked against.
	 *
	 * @param year the year consolidated
	 * @param scopeCode the region the run consolidates
	 * @param inputFolder the folder of submissions
	 * @param maxFileBytes larger files are rejected unread
	 * @param inputsFingerprint fingerprint of what else decides a file's result (the registry, last year's reports)
	 */
	public record Batch(int year, String scopeCode, Path inputFolder, long maxFileBytes, String inputsFingerprint) {

	}

	public SubmissionProcessor(Batch batch, SubmissionParser parser, UnitMatcher matcher,
			SubmissionValidator validator, History history, ValidationSettings settings) {
		this(batch, parser, matcher, validator, history, settings, Corrections.none());
	}

	/** As above, with the county's corrections of the scope, applied to a report before it is checked. */
	public SubmissionProcessor(Batch batch, SubmissionParser parser, UnitMatcher matcher,
			SubmissionValidator validator, History history, ValidationSettings settings, Corrections corrections) {
		this(batch, parser, () -> matcher, validator, history, settings, corrections);
	}

	/** As above, the matcher asked for when a file first needs it (the run builds it then). */
	public SubmissionProcessor(Batch batch, SubmissionParser parser, Supplier<UnitMatcher> matcher,
			SubmissionValidator validator, History history, ValidationSettings settings, Corrections corrections) {
		this.corrections = corrections;
		this.checkKeys = new CheckKeys(batch, corrections);
		this.batch = batch;
		this.parser = parser;
		this.matcher = matcher;
		this.validator = validator;
		this.history = history;
		this.settings = settings;
	}

	/**
	 * Checks one file, or returns {@code null} for a file gone since the folder was listed: it is then treated as
	 * withdrawn (not marked seen by this run), as it would be had it gone a moment earlier. A rejection would tell the
	 * county its file is unreadable when it was only moved or deleted, e.g. by an upload replacing it.
	 */
	@Override
	public CheckedSubmission process(SubmissionFile file) {
		CheckedSubmission checked;
		try {
			checked = check(file);
		}
		catch (NoSuchFileException ex) {
			logger.warn("跳过 " + file.path() + "：列出文件夹后该文件已被移走（按撤回处理）");
			return null;
		}
		catch (IOException ex) {
			// not readable now (no permission, an I/O error): rejected, and read again by the next run
			logger.warn("Rejected " + file.path() + ": FILE-UNREADABLE (" + ex + ")");
			checked = CheckedSubmission.retried(source(file, null, 0, null), null,
					Findings.fileNotRead(file.path(), (ex instanceof AccessDeniedException) ? "运行汇总的用户没有读取该文件的权限"
							: "读取文件时出错"));
		}
		catch (RuntimeException ex) {
			logger.error("Rejected " + file.path() + ": FILE-UNREADABLE (the check failed)", ex);
			checked = CheckedSubmission.retried(source(file, null, 0, null), null,
					Findings.fileNotRead(file.path(), "汇总程序处理该文件时出错"));
		}
		if (checked instanceof CheckedSubmission.Rejected rejected) {
			checked = rejected.withUnit(unitOfFile(rejected.source()));
		}
		if (checked instanceof CheckedSubmission.NewResult result && SubmissionPaths.invalid(file.file(), file.path())) {
			checked = result.with(Findings.fileNameInvalid(file.path(), file.file().getFileName().toString()));
		}
		return checked;
	}

	/** The file as stored: its key, its name and folder as the key gives them (readable even when not UTF-8). */
	private static SourceFile source(SubmissionFile file, String sha256, long size, Instant modified) {
		String[] names = file.path().split("/");
		return new SourceFile(file.path(), names[names.length - 1], (names.length > 1) ? names[names.length - 2] : "",
				sha256, size, modified);
	}

	private CheckedSubmission check(SubmissionFile file) throws IOException {
		String path = file.path();
		BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		String notRead = notRead(file.file(), attributes);
		if (notRead != null) {
			// a link leaving the input folder, a dangling link, a pipe or device, a folder that cannot be opened: the
			// county's folder, not the unit's file, is to blame, and each run looks at it again
			SourceFile source = source(file, null, attributes.size(), attributes.lastModifiedTime().toInstant());
			logger.warn("Rejected " + path + ": FILE-UNREADABLE (" + notRead + ")");
			return CheckedSubmission.retried(source, null, Findings.fileNotRead(path, notRead));
		}
		if (attributes.isSymbolicLink()) {
			attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
		}
		long size = attributes.size();
		Instant modified = attributes.lastModifiedTime().toInstant();
		StoredFile stored = file.stored();
		if (this.checkKeys.unchanged(stored, size, modified)) {
			// the quick check: same size and modification time, same checking inputs; the file is not read
			return CheckedSubmission.unchanged(source(file, stored.sha256(), size, modified), stored.checkKey());
		}
		// read once, for both the fingerprint and the parser; a file too large is only streamed through the digest
		byte[] content = (size > this.batch.maxFileBytes()) ? null : Files.readAllBytes(file.file());
		SourceFile source = source(file, (content != null) ? sha256(content) : sha256(file.file()), size, modified);
		String checkKey = this.checkKeys.of(source.sha256());
		if (stored != null && checkKey.equals(stored.checkKey())) {
			// saved again with the same content: its result and its arrival stand, its new time is remembered
			return CheckedSubmission.unchanged(source, checkKey);
		}
		if (content == null) {
			logger.warn("退回 " + path + "：文件过大（" + size + " 字节）");
			return CheckedSubmission.rejected(source, checkKey, modified,
					Findings.fileTooLarge(path, size, this.batch.maxFileBytes()));
		}
		Report report;
		try {
			report = this.corrections.apply(this.parser.parse(source, content));
		}
		catch (OversizedReportException ex) {
			logger.warn("退回 " + path + "：解压后超过 " + ex.limitBytes() + " 字节");
			return CheckedSubmission.rejected(source, checkKey, modified,
					Findings.fileTooLarge(path, ex.expandedBytes(), ex.limitBytes()));
		}
		catch (UnreadableReportException ex) {
			if (ex.getCause() instanceof RuntimeException fault) {
				// a reader failed on this content: the log keeps where
				logger.warn("退回 " + path + "：文件无法读取（" + ex.getMessage() + "）", fault);
			}
			else {
				logger.warn("退回 " + path + "：文件无法读取（" + ex.getMessage() + "）");
			}
			return CheckedSubmission.rejected(source, checkKey, modified, Findings.fileUnreadable(path, ex.getMessage()));
		}
		catch (VirtualMachineError ex) {
			// out of memory, stack overflow: the JVM's state, not the file's; not its result, so the next run retries
			logger.error("Could not parse " + path + " (" + ex + "); the next run reads it again", ex);
			return CheckedSubmission.retried(source, modified,
					Findings.fileNotRead(path, "处理该文件时服务器资源不足"));
		}
		List<UnitMatch> matches = this.matcher.get().matchAll(report.statedUnit(), report.title(), source.fileName(),
				source.folder());
		Region unit = matches.isEmpty() ? null : matches.get(0).unit();
		RuleContext context = new RuleContext(this.batch.year(), unit, modified, remembered(this.history),
				this.settings);
		List<Finding> findings = new ArrayList<>(this.validator.validate(report, context));
		nameConflict(path, matches).ifPresent(findings::add);
		List<Finding> errors = findings.stream().filter(Finding::isError).toList();
		if (!errors.isEmpty()) {
			// one line per file: the first error in full, the rest counted by rule
			logger.warn("退回 " + path + "：" + errors.get(0).message()
					+ ((errors.size() > 1) ? "（另有 " + (errors.size() - 1) + " 个错误）" : ""));
		}
		return new CheckedSubmission.Parsed(source, checkKey, modified, report, unit, findings);
	}

	/**
	 * The unit a file that yielded no report belongs to, by its file name, else its folder (a report that was read is
	 * matched by what it states first): 覃斗镇2021年报.pdf, a scan, or 覃斗镇/报告.docx, damaged, are 覃斗镇's
	 * files, received but not readable, and the unit is told so rather than reminded it sent nothing. Null when
	 * neither names exactly one unit.
	 */
	private Region unitOfFile(SourceFile source) {
		List<UnitMatch> matches = this.matcher.get().matchAll("", "", source.fileName(), source.folder());
		return matches.isEmpty() ? null : matches.get(0).unit();
	}

	/**
	 * Why an entry of the input folder is not read, or null for a file to read: a link is read only when it leads to
	 * a file inside the input folder; pipes and devices are never opened (a pipe would block the run).
	 */
	private String notRead(Path file, BasicFileAttributes attributes) throws IOException {
		if (attributes.isDirectory()) {
			return "文件夹无法打开（没有权限），其中的文件未能读取";
		}
		if (attributes.isSymbolicLink()) {
			Path target;
			try {
				target = file.toRealPath();
			}
			catch (NoSuchFileException ex) {
				return "这是一个链接，它指向的文件不存在";
			}
			if (!target.startsWith(inputRoot())) {
				return "这是一个指向输入文件夹之外的链接，未读取";
			}
			return Files.isRegularFile(target) ? null : "这是一个链接，指向的不是文件";
		}
		return attributes.isRegularFile() ? null : "这不是普通文件（管道、设备等），未读取";
	}

	private Path inputRoot() throws IOException {
		if (this.inputRoot == null) {
			this.inputRoot = this.batch.inputFolder().toRealPath();
		}
		return this.inputRoot;
	}

	/** The input folder with its links resolved (links are read only when they stay inside it). */
	private volatile Path inputRoot;

	/**
	 * UNIT-NAME-CONFLICT: the report names its unit in its title, and the file or folder name names another unit.
	 * The title is trusted (a clerk may reuse a neighbour's file name), but the county is told.
	 */
	private static Optional<Finding> nameConflict(String path, List<UnitMatch> matches) {
		Optional<UnitMatch> named = matches.stream()
			.filter((match) -> match.source() == UnitMatch.Source.STATED_UNIT || match.source() == UnitMatch.Source.TITLE)
			.findFirst();
		return named.flatMap((trusted) -> matches.stream()
			.filter((match) -> match.source() == UnitMatch.Source.FILE_NAME || match.source() == UnitMatch.Source.FOLDER)
			.filter((match) -> !match.unit().code().equals(trusted.unit().code()))
			.findFirst()
			.map((other) -> Findings.unitNameConflict(path, trusted.unit().name(), other.source().chinese(),
					other.unit().name())));
	}

	/** Several rules ask for the unit's prior year: one query per file rather than one per rule. */
	private static History remembered(History history) {
		Map<String, Optional<PriorReport>> asked = new HashMap<>();
		return (unitCode, year) -> asked.computeIfAbsent(unitCode + "/" + year, (key) -> history.accepted(unitCode, year));
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
