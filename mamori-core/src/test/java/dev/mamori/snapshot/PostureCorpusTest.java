package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.Bucket;
import dev.mamori.model.BucketEncryption;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.EbsEncryptionDefault;
import dev.mamori.model.KmsKey;
import dev.mamori.testing.ArrangedSnapshot;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.Loads;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI documentation's output examples and the CloudMapper demo account are not in Mamori's
 * layout: each test lays the files that are Mamori inputs out in it (by links, reading them in place)
 * and loads them. Files of other commands are shown to give a warning, not an error.
 */
class PostureCorpusTest {
  private static final String KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String MRK = "mrk-1234abcd12ab34cd56ef1234567890ab";

  @TempDir Path tmp;
  private ArrangedSnapshot snapshot;

  @AfterEach
  void removeLinks() {
    if (snapshot != null) {
      snapshot.close();
    }
  }

  /** The AWS CLI examples that are outputs Mamori reads, laid out as the export script would save them. */
  private CloudModel cliExamples() {
    Path cli = Corpus.require("posture/aws-cli-examples");
    snapshot = new ArrangedSnapshot(tmp.resolve("cli"));
    for (String f : new String[] {"describe-network-acls", "describe-security-groups",
        "describe-snapshots", "describe-snapshots-2", "describe-snapshot-attribute", "get-ebs-encryption-by-default",
        "get-ebs-default-kms-key-id"}) {
      snapshot.link("us-east-1/" + f + ".json", cli.resolve("ec2/" + f + ".json"));
    }
    snapshot.link("us-west-2/get-ebs-encryption-by-default.json", cli.resolve("ec2/get-ebs-encryption-by-default-2.json"))
        .link("us-west-2/get-ebs-default-kms-key-id.json", cli.resolve("ec2/get-ebs-default-kms-key-id-2.json"))
        .link("us-west-2/kms/list-keys.json", cli.resolve("kms/list-keys.json"))
        .link("us-west-2/kms/" + KEY + "/describe-key.json", cli.resolve("kms/describe-key.json"))
        .link("us-west-2/kms/" + KEY + "/get-key-rotation-status.json", cli.resolve("kms/get-key-rotation-status.json"))
        .link("ap-northeast-1/kms/" + MRK + "/describe-key.json", cli.resolve("kms/describe-key-2.json"))
        .link("global/s3control/get-public-access-block.json", cli.resolve("s3control/get-public-access-block.json"));
    for (String f : new String[] {"get-bucket-acl", "get-bucket-encryption", "get-bucket-logging",
        "get-bucket-ownership-controls", "get-bucket-policy-status", "get-bucket-policy", "get-bucket-replication",
        "get-bucket-versioning", "get-object-lock-configuration", "get-public-access-block"}) {
      snapshot.link("global/s3/amzn-s3-demo-bucket/" + f + ".json", cli.resolve("s3api/" + f + ".json"));
    }
    for (String f : new String[] {"get-account-authorization-details", "get-account-password-policy",
        "get-account-summary", "get-credential-report", "list-virtual-mfa-devices"}) {
      snapshot.link("global/iam/" + f + ".json", cli.resolve("iam/" + f + ".json"));
    }
    return Loads.cleanly(snapshot.root());
  }

  /**
   * The documentation's describe-instances example prints a private IP as "10-0-0-157": AWS never
   * would, and Mamori reports it like any impossible value; with keep-going the instance's other
   * interfaces and the rest load.
   */
  @Test
  void cliExampleOfDescribeInstancesHasAnImpossibleAddress() {
    Path cli = Corpus.require("posture/aws-cli-examples");
    snapshot = new ArrangedSnapshot(tmp.resolve("instances"))
        .link("us-east-1/describe-instances.json", cli.resolve("ec2/describe-instances.json"))
        .link("us-east-1/describe-security-groups.json", cli.resolve("ec2/describe-security-groups.json"));
    var result = new SnapshotReader(new SnapshotReader.Options(true, SnapshotReader.ProgressListener.NONE))
        .load(snapshot.root());
    assertThat(result.errors()).extracting(Object::toString).containsExactly("us-east-1/describe-instances.json:90 at "
        + "$.Reservations[0].Instances[0].NetworkInterfaces[0].PrivateIpAddresses[0].PrivateIpAddress: "
        + "expected an IP address, found \"10-0-0-157\"");
    assertThat(result.model().securityGroup("sg-903004f8")).isPresent();
  }

  @Test
  void cliExamplesOfEc2AndEbsLoad() {
    CloudModel m = cliExamples();
    assertThat(m.securityGroup("sg-903004f8")).isPresent();
    assertThat(m.networkAcls()).hasSize(2);
    assertThat(m.ebsSnapshots()).hasSize(2).allSatisfy(s -> assertThat(s.createVolumePermissions().isCollected()).isFalse());
    // The documentation's attribute example names a snapshot (…abcedf) that its describe example does not list.
    assertThat(m.warnings()).extracting(Object::toString)
        .anyMatch(w -> w.contains("create-volume permissions of snap-01234567890abcedf"));
    assertThat(m.ebsEncryptionDefaults()).extracting(EbsEncryptionDefault::region, EbsEncryptionDefault::enabled)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("us-east-1", false),
            org.assertj.core.groups.Tuple.tuple("us-west-2", true));
    assertThat(m.ebsEncryptionDefaults()).filteredOn(d -> d.region().equals("us-east-1")).singleElement()
        .satisfies(d -> assertThat(d.defaultKmsKeyId()).contains("alias/aws/ebs"));
  }

  @Test
  void cliExamplesOfKmsLoad() {
    CloudModel m = cliExamples();
    assertThat(m.kmsKeys()).extracting(KmsKey::id).containsExactlyInAnyOrder(KEY, MRK);
    KmsKey rsa = m.kmsKey(KEY).orElseThrow();
    assertThat(rsa.keySpec()).isEqualTo("RSA_2048");
    assertThat(rsa.enabled()).isFalse();
    assertThat(rsa.rotationEnabled()).isEqualTo(Collected.present(true));
    assertThat(rsa.policy().isCollected()).isFalse();
    assertThat(m.kmsKey(MRK).orElseThrow().region()).isEqualTo("ap-northeast-1");
  }

  @Test
  void cliExamplesOfS3Load() {
    CloudModel m = cliExamples();
    Bucket b = m.bucket("amzn-s3-demo-bucket").orElseThrow();
    assertThat(b.policy().asOptional().orElseThrow().json()).contains("amzn-s3-demo-bucket/secret/*");
    assertThat(b.acl().asOptional().orElseThrow().grants()).singleElement()
        .satisfies(g -> assertThat(g.permission()).isEqualTo("FULL_CONTROL"));
    assertThat(b.versioning().asOptional().orElseThrow().enabled()).isTrue();
    assertThat(b.encryption().asOptional().orElseThrow().rules()).extracting(BucketEncryption.Rule::sseAlgorithm)
        .containsExactly("AES256");
    assertThat(b.replication().asOptional().orElseThrow().rules()).singleElement()
        .satisfies(r -> assertThat(r.destinationBucketArn()).isEqualTo("arn:aws:s3:::amzn-s3-demo-bucket-backup"));
    assertThat(b.publicAccessBlock().asOptional().orElseThrow().allBlocked()).isTrue();
    assertThat(b.objectLock().asOptional().orElseThrow().defaultDays()).contains(50);
    assertThat(b.region().isCollected()).isFalse();
    assertThat(m.accountPublicAccessBlock().asOptional().orElseThrow().allBlocked()).isTrue();
    // get-bucket-logging and the like are known outputs Mamori does not use: no warning.
    assertThat(m.warnings()).noneMatch(w -> w.file().contains("get-bucket-logging"));
  }

  @Test
  void cliExamplesOfIamLoad() {
    CloudModel m = cliExamples();
    assertThat(m.users()).hasSize(3);
    assertThat(m.groups()).hasSize(3);
    assertThat(m.roles()).hasSize(1);
    assertThat(m.managedPolicies()).hasSize(3);
    assertThat(m.userNamed("Bob").orElseThrow().inlinePolicies()).singleElement()
        .satisfies(p -> assertThat(p.document().json()).contains("\"Deny\""));
    // The documentation prints the Admins group's attached policy as an object, not an array.
    assertThat(m.group("Admins").orElseThrow().attachedPolicyArns())
        .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
    assertThat(m.warnings()).extracting(Object::toString)
        .anyMatch(w -> w.contains("GroupDetailList[*].AttachedManagedPolicies: expected an array, found a single object"));
    assertThat(m.iam().passwordPolicy().asOptional().orElseThrow().minimumPasswordLength()).isEqualTo(8);
    assertThat(m.iam().accountSummary().asOptional().orElseThrow()).containsEntry("Users", 27L);
    assertThat(m.iam().virtualMfaDevices().asOptional().orElseThrow()).hasSize(2);
    // The documentation's get-credential-report example leaves out the report itself.
    assertThat(m.iam().credentialReport().isCollected()).isFalse();
    assertThat(m.accountId()).contains("123456789012");
  }

  @Test
  void cliExampleOfAnHmacKeyLoads() {
    Path cli = Corpus.require("posture/aws-cli-examples");
    snapshot = new ArrangedSnapshot(tmp.resolve("hmac"))
        .link("123456789012/us-west-2/kms/" + KEY + "/describe-key.json", cli.resolve("kms/describe-key-3.json"));
    KmsKey k = Loads.cleanly(snapshot.root()).kmsKey(KEY).orElseThrow();
    assertThat(k.keySpec()).isEqualTo("HMAC_256");
    assertThat(k.supportsRotation()).isFalse();
  }

  @TestFactory
  Stream<DynamicTest> cliExamplesOfOtherCommandsGiveWarningsNotErrors() {
    Path cli = Corpus.require("posture/aws-cli-examples");
    return Stream.of("ec2/describe-regions", "ec2/get-snapshot-block-public-access-state", "iam/list-access-keys",
        "iam/list-mfa-devices", "iam/get-access-key-last-used", "iam/generate-credential-report", "sts/get-caller-identity")
        .map(f -> DynamicTest.dynamicTest(f, () -> {
          try (ArrangedSnapshot s = new ArrangedSnapshot(tmp.resolve(f.replace('/', '-')))) {
            s.link("us-east-1/" + f.substring(f.indexOf('/') + 1) + ".json", cli.resolve(f + ".json"));
            // The file's own warning, and the snapshot's: nothing in it can be evaluated.
            assertThat(Loads.cleanly(s.root()).warnings()).extracting(w -> w.message().substring(0, 34))
                .containsExactly("no AWS CLI output key Mamori knows", "none of the 1 file(s) holds AWS CL");
          }
        }));
  }

  /** The CloudMapper demo account: EC2 and RDS files as they are, IAM and S3 renamed to the CLI commands. */
  @Test
  void cloudMapperDemoLoads() {
    Path demo = Corpus.require("posture/cloudmapper-demo/account-data/demo/us-east-1");
    snapshot = new ArrangedSnapshot(tmp.resolve("demo"));
    for (String f : new String[] {"ec2-describe-instances", "ec2-describe-network-interfaces",
        "ec2-describe-security-groups", "ec2-describe-snapshots", "ec2-describe-subnets",
        "ec2-describe-vpc-peering-connections", "ec2-describe-vpcs", "rds-describe-db-instances"}) {
      snapshot.link("123456789012/us-east-1/" + f + ".json", demo.resolve(f + ".json"));
    }
    for (String f : new String[] {"get-account-authorization-details", "get-account-summary", "get-credential-report"}) {
      snapshot.link("123456789012/global/iam/" + f + ".json", demo.resolve("iam-" + f + ".json"));
    }
    snapshot.link("123456789012/global/s3/list-buckets.json", demo.resolve("s3-list-buckets.json"));
    for (String f : new String[] {"get-bucket-acl", "get-bucket-location", "get-bucket-policy"}) {
      snapshot.link("123456789012/global/s3/cloudmapper_demo/" + f + ".json", demo.resolve("s3-" + f + "/cloudmapper_demo"));
    }
    CloudModel m = Loads.cleanly(snapshot.root());

    assertThat(m.accountId()).contains("123456789012");
    assertThat(m.vpcs()).isNotEmpty();
    assertThat(m.dbInstance("database").orElseThrow().vpcSecurityGroupIds()).containsExactly("sg-00000005");
    Bucket b = m.bucket("cloudmapper_demo").orElseThrow();
    assertThat(b.region()).isEqualTo(Collected.present("us-east-1"));
    assertThat(b.policy().asOptional().orElseThrow().json()).contains("PublicReadGetObject");
    assertThat(b.encryption().isCollected()).isFalse();
    var report = m.iam().credentialReport().asOptional().orElseThrow();
    assertThat(report.rows()).hasSize(3);
    assertThat(report.root().orElseThrow().accessKey1().active()).isTrue();
    assertThat(m.iam().accountSummary().asOptional().orElseThrow()).containsEntry("AccountMFAEnabled", 1L);
    assertThat(m.roles()).isNotEmpty();
  }

  /** The botocore examples hold one output per operation example: each is loaded on its own. */
  @TestFactory
  Stream<DynamicTest> botocoreExamplesLoadOneByOne() throws Exception {
    Path dir = Corpus.require("posture/botocore-examples");
    Map<String, String> placeOf = Map.ofEntries(
        Map.entry("DescribeNetworkAcls", "us-east-1/describe-network-acls.json"),
        Map.entry("DescribeVolumes", "us-east-1/describe-volumes.json"),
        Map.entry("DescribeSnapshots", "us-east-1/describe-snapshots.json"),
        Map.entry("DescribeSnapshotAttribute", "us-east-1/describe-snapshot-attribute.json"),
        Map.entry("GetBucketPolicy", "global/s3/examplebucket/get-bucket-policy.json"),
        Map.entry("GetBucketReplication", "global/s3/examplebucket/get-bucket-replication.json"),
        Map.entry("GetBucketVersioning", "global/s3/examplebucket/get-bucket-versioning.json"),
        Map.entry("GetAccountPasswordPolicy", "global/iam/get-account-password-policy.json"),
        Map.entry("GetAccountSummary", "global/iam/get-account-summary.json"),
        Map.entry("ListVirtualMFADevices", "global/iam/list-virtual-mfa-devices.json"),
        Map.entry("DescribeKey", "us-east-2/kms/%s/describe-key.json"),
        Map.entry("GetKeyPolicy", "us-east-2/kms/%s/get-key-policy.json"),
        Map.entry("GetKeyRotationStatus", "us-east-2/kms/%s/get-key-rotation-status.json"),
        Map.entry("ListKeys", "us-east-2/kms/list-keys.json"));
    return BotocoreExamples.read(dir).stream()
        .filter(e -> placeOf.containsKey(e.operation()))
        .map(e -> DynamicTest.dynamicTest(e.operation() + " " + e.id(), () -> {
          Path root = tmp.resolve("botocore-" + e.operation() + "-" + e.index());
          String place = String.format(placeOf.get(e.operation()), e.keyId().orElse(KEY));
          new dev.mamori.testing.SnapshotDir(root).file(place, e.output());
          Loads.cleanly(root);
        }));
  }
}
