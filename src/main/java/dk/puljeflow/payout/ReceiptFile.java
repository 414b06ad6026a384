package dk.puljeflow.payout;

import java.util.Arrays;
import java.util.Optional;

/**
 * An uploaded receipt that passed the checks: a PDF, JPEG or PNG by its first bytes (the browser's
 * declared type and the file name are not trusted) and within the size limit.
 */
public record ReceiptFile(String fileName, Type type, byte[] content) {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  public static final int MAX_FILES = 10;

  public enum Type {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] signature;

    Type(String mediaType, byte[] signature) {
      this.mediaType = mediaType;
      this.signature = signature;
    }

    public String mediaType() {
      return mediaType;
    }

    static Optional<Type> of(byte[] content) {
      return Arrays.stream(values())
          .filter(type -> content.length >= type.signature.length
              && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
          .findFirst();
    }
  }

  /** Checks one upload; the message says in Danish what is wrong with it. */
  public static ReceiptFile check(String fileName, byte[] content) throws InvalidReceiptException {
    String name = cleanName(fileName);
    if (content.length == 0) {
      throw new InvalidReceiptException(name + ": filen er tom");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidReceiptException(name + ": filen er større end 5 MB");
    }
    Type type = Type.of(content).orElseThrow(() -> new InvalidReceiptException(name + ": kun PDF, JPEG og PNG kan modtages"));
    return new ReceiptFile(name, type, content);
  }

  /** The name without any path and without characters that do not belong in a download's name. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (name.isEmpty()) {
      name = "bilag";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  /** An upload that cannot be accepted. */
  public static class InvalidReceiptException extends Exception {
    public InvalidReceiptException(String message) {
      super(message);
    }
  }
}
