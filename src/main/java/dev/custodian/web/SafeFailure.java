package dev.custodian.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a failure for the log without its messages: database and driver messages quote the values they
 * refused (an email in a unique-key violation, a name that was too long), so only exception types and the
 * application frames where they arose are logged.
 */
final class SafeFailure {

	private SafeFailure() {
	}

	static String describe(Throwable failure) {
		List<String> parts = new ArrayList<>();
		for (Throwable t = failure; t != null && parts.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
			String where = "";
			for (StackTraceElement frame : t.getStackTrace()) {
				if (frame.getClassName().startsWith("dev.custodian.")) {
					where = " at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
					break;
				}
			}
			parts.add(t.getClass().getName() + where);
		}
		return String.join(" <- ", parts);
	}
}
