package dev.custodian.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.FileAppender;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;

/**
 * What the application logged during one test, read back from the test log file that logback-test.xml writes
 * (every level the loggers let through, where the console shows only warnings). Use it as a JUnit extension and
 * take an {@code AppLog} parameter, like Spring Boot's {@code CapturedOutput}.
 */
public final class AppLog implements BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AppLog.class);

	private final Path file;

	private final long start;

	/** For JUnit, which creates the extension. */
	public AppLog() {
		this(file(), 0);
	}

	private AppLog(Path file, long start) {
		this.file = file;
		this.start = start;
	}

	/** The log text written since the test began. */
	public String written() {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			byte[] bytes = new byte[(int) Math.max(0, length - start)];
			in.seek(start);
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the test log " + file, ex);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		Path log = file();
		context.getStore(NAMESPACE).put(AppLog.class, new AppLog(log, Files.exists(log) ? Files.size(log) : 0));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == AppLog.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(AppLog.class, AppLog.class);
	}

	/**
	 * The file of the appender named FILE on the root logger. Failing without it keeps a test that asserts on
	 * the log from passing on an empty one.
	 */
	private static Path file() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (root.getAppender("FILE") instanceof FileAppender<?> appender && appender.getFile() != null) {
			return Path.of(appender.getFile());
		}
		throw new IllegalStateException("No FILE appender on the root logger: is logback-test.xml on the class path?");
	}
}
