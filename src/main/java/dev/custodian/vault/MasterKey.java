package dev.custodian.vault;

import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;

/**
 * A 256-bit master key and its id: the first 8 bytes of an HMAC of a fixed label under the key, so the id can
 * be stored and shown without revealing anything about the key.
 */
record MasterKey(String id, SecretKey key) {

	static MasterKey fromBase64(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new VaultException(source + " is not valid base64");
		}
		if (bytes.length != Aead.KEY_BYTES) {
			throw new VaultException(source + " must be 256 bits (32 bytes, base64-encoded); it has " + bytes.length
					+ " bytes");
		}
		String id = HexFormat.of().formatHex(Aead.hmac(bytes, "custodian/master-key-id")).substring(0, 16);
		return new MasterKey(id, Aead.key(bytes));
	}

	@Override
	public String toString() {
		return "MasterKey[" + id + "]";
	}
}
