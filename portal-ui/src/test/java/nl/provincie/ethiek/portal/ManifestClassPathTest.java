package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestClassPathTest {

  @TempDir Path dir;

  @Test
  void adds_the_existing_jars_named_in_the_manifest_class_path() throws IOException {
    Path library = Files.createDirectories(dir.resolve("lib")).resolve("flow-server.jar");
    Files.createFile(library);
    Path app = jarWithClassPath("app.jar", "lib/flow-server.jar lib/missing.jar");

    String expanded = ManifestClassPath.expand(app.toString());

    assertThat(expanded.split(File.pathSeparator))
        .containsExactly(app.toString(), library.toAbsolutePath().toString());
  }

  @Test
  void leaves_entries_without_a_manifest_class_path_alone() throws IOException {
    Path app = jarWithClassPath("plain.jar", null);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classPath = classes + File.pathSeparator + app;

    assertThat(ManifestClassPath.expand(classPath)).isEqualTo(classPath);
  }

  private Path jarWithClassPath(String name, String classPath) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    }
  }
}
