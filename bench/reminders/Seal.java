import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals habit titles the way Tandem's AesGcmFieldCipher does ({@code enc:v1:<keyId>:<base64url(iv || ct+tag)>}, the
 * header as AAD), so bench/reminders can insert habits in SQL that the app can read. Run as a single-file program:
 * {@code java Seal.java <keyId> <base64 key> <title>...}; prints one sealed value per line.
 */
public class Seal {
    public static void main(String[] args) throws Exception {
        String header = "enc:v1:" + args[0] + ":";
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(args[1]), "AES");
        SecureRandom random = new SecureRandom();
        for (int i = 2; i < args.length; i++) {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(args[i].getBytes(StandardCharsets.UTF_8));
            byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            System.out.println(header + Base64.getUrlEncoder().withoutPadding().encodeToString(payload));
        }
    }
}
