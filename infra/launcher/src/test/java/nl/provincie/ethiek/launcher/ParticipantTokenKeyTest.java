package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantTokenKeyTest {

  @TempDir Path temp;

  @Test
  void a_data_directory_gets_its_own_random_key_kept_for_the_next_start() {
    Path one = temp.resolve("one");
    Path two = temp.resolve("two");

    String first = ParticipantTokenKey.loadOrCreate(one);
    String again = ParticipantTokenKey.loadOrCreate(one);
    String other = ParticipantTokenKey.loadOrCreate(two);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(Base64.getUrlDecoder().decode(first)).hasSize(32);
  }

  @Test
  void only_the_owner_may_read_the_key() throws Exception {
    ParticipantTokenKey.loadOrCreate(temp);

    Set<PosixFilePermission> permissions =
        Files.getPosixFilePermissions(temp.resolve(ParticipantTokenKey.FILE_NAME));

    assertThat(permissions)
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }
}
