package io.crosscheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.crosscheck.deploy.Dockerfile.Instruction;

/** Checks docker/Dockerfile offline: stages, non-root user, health check, memory, state volume. */
class DockerfileTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static Dockerfile dockerfile;

    @BeforeAll
    static void read() throws Exception {
        dockerfile = Dockerfile.read(REPOSITORY.resolve("docker/Dockerfile"));
    }

    @Test
    void shouldBuildWithMavenAndRunOnAJre17() {
        final List<String> froms = dockerfile.all("FROM").stream().map(Instruction::arguments).toList();
        assertThat(froms).containsExactly("maven:3.9-eclipse-temurin-17 AS build", "eclipse-temurin:17-jre AS runtime");
        assertThat(dockerfile.inStage(0, "RUN")).extracting(Instruction::arguments)
            .anyMatch(run -> run.contains("mvn") && run.contains("-DskipTests") && run.endsWith("package"));
        assertThat(dockerfile.inStage(1, "COPY")).extracting(Instruction::arguments)
            .contains("--from=build /src/target/crosscheck.jar /app/crosscheck.jar");
    }

    @Test
    void shouldCopyIntoTheBuildStageOnlyPathsThatExist() {
        assertThat(dockerfile.inStage(0, "COPY")).isNotEmpty().allSatisfy(copy -> {
            final String[] parts = copy.arguments().split("\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                assertThat(REPOSITORY.resolve(parts[i])).as("COPY source of: " + copy.arguments()).exists();
            }
        });
    }

    @Test
    void shouldRunAsAFixedNonRootUser() {
        final List<Instruction> users = dockerfile.all("USER");
        assertThat(users).isNotEmpty();
        final Instruction last = users.get(users.size() - 1);
        assertThat(last.stage()).isEqualTo(dockerfile.lastStage());
        assertThat(last.arguments()).isEqualTo("10001:10001");
        assertThat(dockerfile.inStage(1, "RUN")).extracting(Instruction::arguments)
            .anyMatch(run -> run.contains("useradd") && run.contains("--uid 10001"));
    }

    @Test
    void shouldCheckLivenessWithAToolTheJreImageHas() throws Exception {
        final List<Instruction> checks = dockerfile.all("HEALTHCHECK");
        assertThat(checks).hasSize(1);
        final String check = checks.get(0).arguments();
        // Exec form must be a valid JSON array, or Docker silently runs it through /bin/sh as text.
        final String[] command = new ObjectMapper().readValue(check.substring(check.indexOf("CMD ") + 4), String[].class);
        assertThat(command).hasSize(3).startsWith("bash", "-c");
        assertThat(command[2]).contains("/dev/tcp/127.0.0.1/${CROSSCHECK_HTTP_PORT:-8080}")
            .contains("GET /health/live HTTP/1.0\\r\\n").contains("grep -q ' 200 '")
            .doesNotContain("curl").doesNotContain("wget");
    }

    @Test
    void shouldBoundTheHeapAndStartTheJarInRunMode() {
        assertThat(dockerfile.all("ENTRYPOINT")).singleElement().extracting(Instruction::arguments)
            .satisfies(entry -> assertThat(entry)
                .startsWith("[\"java\"")
                .containsPattern("-XX:MaxRAMPercentage=\\d+")
                .contains("\"-jar\", \"/app/crosscheck.jar\""));
        assertThat(dockerfile.all("CMD")).singleElement().extracting(Instruction::arguments).isEqualTo("[\"run\"]");
        assertThat(dockerfile.all("EXPOSE")).singleElement().extracting(Instruction::arguments).isEqualTo("8080");
    }

    @Test
    void shouldKeepStateOnAVolumeNamedByTheStateDirVariable() {
        assertThat(dockerfile.all("VOLUME")).singleElement().extracting(Instruction::arguments)
            .isEqualTo("/var/lib/crosscheck");
        assertThat(dockerfile.inStage(1, "ENV")).extracting(Instruction::arguments)
            .anyMatch(env -> env.contains("CROSSCHECK_STATE_DIR=/var/lib/crosscheck"));
        assertThat(dockerfile.inStage(1, "RUN")).extracting(Instruction::arguments)
            .anyMatch(run -> run.contains("chown 10001:10001 /var/lib/crosscheck"));
    }

    @Test
    void shouldShipTheSampleWhereTheComposeProducerReadsIt() {
        final String copy = dockerfile.inStage(1, "COPY").stream().map(Instruction::arguments)
            .filter(arguments -> arguments.endsWith(" /app/samples")).findFirst().orElseThrow();
        final String[] parts = copy.split("\\s+");
        assertThat(parts[0]).isEqualTo("--from=build");
        // The build stage copies the repository to /src, so /src/<path> there is <path> here.
        assertThat(parts[1]).startsWith("/src/");
        assertThat(REPOSITORY.resolve(parts[1].substring("/src/".length())).resolve("founding.jsonl")).isRegularFile();
    }
}
