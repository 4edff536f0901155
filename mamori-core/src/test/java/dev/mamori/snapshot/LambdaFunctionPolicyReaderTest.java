package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.LambdaFunction;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaFunctionPolicyReaderTest {
  @TempDir Path tmp;

  @Test
  void functionPolicyIsReadWithItsArnFromTheFolders() {
    new SnapshotDir(tmp)
        .file("111122223333/eu-west-1/lambda/hello/get-policy.json", """
            {"Policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\
            \\"Action\\":\\"lambda:InvokeFunction\\",\\"Resource\\":\\"*\\"}]}", "RevisionId": "r1"}
            """)
        .file("111122223333/eu-west-1/lambda/quiet/get-policy.json", """
            {"Error": {"Code": "ResourceNotFoundException", "Message": "The resource you requested does not exist."}}
            """);
    CloudModel m = SnapshotReader.read(tmp);
    LambdaFunction hello = m.lambdaFunction("arn:aws:lambda:eu-west-1:111122223333:function:hello").orElseThrow();
    assertThat(hello.accountId()).isEqualTo("111122223333");
    assertThat(hello.policy().asOptional()).hasValueSatisfying(p -> assertThat(p.json()).contains("lambda:InvokeFunction"));
    LambdaFunction quiet = m.lambdaFunction("arn:aws:lambda:eu-west-1:111122223333:function:quiet").orElseThrow();
    assertThat(quiet.policy().isCollected()).isTrue();
    assertThat(quiet.policy().asOptional()).isEmpty();
    assertThat(m.warnings()).isEmpty();
  }
}
