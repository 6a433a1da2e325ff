package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHeadKeyTest {

  @TempDir Path temp;

  @Test
  void a_data_directory_gets_its_own_ed25519_seed_beside_the_token_key() throws Exception {
    String seed = AuditHeadKey.loadOrCreate(temp);
    String token = ParticipantTokenKey.loadOrCreate(temp);

    assertThat(AuditHeadKey.loadOrCreate(temp)).isEqualTo(seed);
    assertThat(seed).isNotEqualTo(token);
    assertThat(Base64.getUrlDecoder().decode(seed)).hasSize(32);
    assertThat(Files.readString(temp.resolve(AuditHeadKey.FILE_NAME)).strip()).isEqualTo(seed);
  }
}
