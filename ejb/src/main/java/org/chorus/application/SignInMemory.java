package org.chorus.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.chorus.domain.organisation.SignInBrake;

/**
 * What sign-in keeps in this server's memory: the brake per address, the brake per username that no
 * account has (so that trying names brakes the same way and tells nothing), and the passwords
 * verified a moment ago.
 */
@ApplicationScoped
public class SignInMemory {

  private final MemoryBrake addresses = new MemoryBrake(SignInBrake.ADDRESS);
  private final MemoryBrake unknownNames = new MemoryBrake(SignInBrake.ACCOUNT);
  private final VerifiedPasswords passwords = new VerifiedPasswords();

  MemoryBrake addresses() {
    return addresses;
  }

  MemoryBrake unknownNames() {
    return unknownNames;
  }

  VerifiedPasswords passwords() {
    return passwords;
  }

  /**
   * The key an address is braked under: an IPv4 address as it is, an IPv6 address by its /64, since
   * one machine usually has a whole /64 to pick from.
   */
  static String addressKey(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      // a literal address: InetAddress parses it without asking any name server
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
