package dev.custodian.identity;

/**
 * A second factor being set up: the secret to type into an authenticator app, and the same as a QR code
 * ({@code data:image/png} URI). Shown to its user only, never logged.
 */
public record Enrolment(String secret, String qrCode) {

	@Override
	public String toString() {
		return "Enrolment[secret hidden]";
	}
}
