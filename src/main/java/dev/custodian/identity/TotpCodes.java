package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * RFC 6238 time-based one-time codes: SHA-1, six digits, 30-second steps, as every authenticator app reads them.
 * A code is accepted for the step before and after the current one (clock drift), and only for a step later than
 * the last one accepted, so a code that was seen cannot be used again.
 */
final class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	private static final DefaultSecretGenerator SECRETS = new DefaultSecretGenerator(32);

	private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator();

	private TotpCodes() {
	}

	/** A new secret: 160 random bits in base32, as authenticator apps expect. */
	static String newSecret() {
		return SECRETS.generate();
	}

	/** The {@code otpauth://} enrolment QR code as a {@code data:image/png} URI. */
	static String qrCode(String secret, String username) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer("Custodian")
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator png = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the enrolment QR code", ex);
		}
	}

	static long currentStep(Instant now) {
		return now.getEpochSecond() / PERIOD_SECONDS;
	}

	/**
	 * The time step the code belongs to, if it is valid now and later than {@code lastStep}; otherwise -1.
	 */
	static long matchingStep(String secret, String code, long lastStep, Instant now) {
		String digits = code.replace(" ", "");
		if (!digits.matches("[0-9]{6}")) {
			return -1;
		}
		long current = currentStep(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	static String code(String secret, long step) {
		try {
			return CODES.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Could not compute a one-time code", ex);
		}
	}
}
