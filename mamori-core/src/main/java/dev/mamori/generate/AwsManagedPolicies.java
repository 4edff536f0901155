package dev.mamori.generate;

import java.util.List;

/**
 * The AWS managed policies the synthetic account attaches, with their documents (the short ones in
 * full; long service-role policies abridged to their main statements).
 */
final class AwsManagedPolicies {
  /** An AWS managed policy: name, path, version and document. */
  record AwsPolicy(String name, String path, String id, String version, String document) {
    String arn() {
      return "arn:aws:iam::aws:policy" + path + name;
    }
  }

  static final AwsPolicy ADMINISTRATOR_ACCESS = new AwsPolicy("AdministratorAccess", "/", "ANPAIWMBCKSKIEE64ZLYK", "v1",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
  static final AwsPolicy POWER_USER_ACCESS = new AwsPolicy("PowerUserAccess", "/", "ANPAJYRXTHIB4FOVS3ZXS", "v5",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"organizations:*\",\"account:*\"],"
          + "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":[\"account:GetAccountInformation\",\"account:GetPrimaryEmail\","
          + "\"account:ListRegions\",\"iam:CreateServiceLinkedRole\",\"iam:DeleteServiceLinkedRole\",\"iam:ListRoles\","
          + "\"organizations:DescribeOrganization\"],\"Resource\":\"*\"}]}");
  static final AwsPolicy S3_READ_ONLY = new AwsPolicy("AmazonS3ReadOnlyAccess", "/", "ANPAIZTJ4DXE7G6AGAE6M", "v3",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:List*\",\"s3:Describe*\","
          + "\"s3-object-lambda:Get*\",\"s3-object-lambda:List*\"],\"Resource\":\"*\"}]}");
  static final AwsPolicy EC2_READ_ONLY = new AwsPolicy("AmazonEC2ReadOnlyAccess", "/", "ANPAIGDT4SV4GSETWTBZK", "v2",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\",\"Resource\":\"*\"},"
          + "{\"Effect\":\"Allow\",\"Action\":\"elasticloadbalancing:Describe*\",\"Resource\":\"*\"},"
          + "{\"Effect\":\"Allow\",\"Action\":[\"cloudwatch:ListMetrics\",\"cloudwatch:GetMetricStatistics\",\"cloudwatch:Describe*\"],"
          + "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"autoscaling:Describe*\",\"Resource\":\"*\"}]}");
  static final AwsPolicy CHANGE_PASSWORD = new AwsPolicy("IAMUserChangePassword", "/", "ANPAJ4L4MM2A7QIEB56MS", "v2",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:ChangePassword\"],"
          + "\"Resource\":[\"arn:aws:iam::*:user/${aws:username}\"]},{\"Effect\":\"Allow\",\"Action\":[\"iam:GetAccountPasswordPolicy\"],"
          + "\"Resource\":\"*\"}]}");
  static final AwsPolicy SSM_CORE = new AwsPolicy("AmazonSSMManagedInstanceCore", "/", "ANPAIXSHM2BNB2D3AXXRU", "v2",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ssm:DescribeAssociation\","
          + "\"ssm:GetDeployablePatchSnapshotForInstance\",\"ssm:GetDocument\",\"ssm:DescribeDocument\",\"ssm:GetManifest\","
          + "\"ssm:GetParameter\",\"ssm:GetParameters\",\"ssm:ListAssociations\",\"ssm:ListInstanceAssociations\","
          + "\"ssm:PutInventory\",\"ssm:PutComplianceItems\",\"ssm:PutConfigurePackageResult\",\"ssm:UpdateAssociationStatus\","
          + "\"ssm:UpdateInstanceAssociationStatus\",\"ssm:UpdateInstanceInformation\"],\"Resource\":\"*\"},"
          + "{\"Effect\":\"Allow\",\"Action\":[\"ssmmessages:CreateControlChannel\",\"ssmmessages:CreateDataChannel\","
          + "\"ssmmessages:OpenControlChannel\",\"ssmmessages:OpenDataChannel\"],\"Resource\":\"*\"},"
          + "{\"Effect\":\"Allow\",\"Action\":[\"ec2messages:AcknowledgeMessage\",\"ec2messages:DeleteMessage\","
          + "\"ec2messages:FailMessage\",\"ec2messages:GetEndpoint\",\"ec2messages:GetMessages\",\"ec2messages:SendReply\"],"
          + "\"Resource\":\"*\"}]}");
  static final AwsPolicy RDS_SERVICE_ROLE = new AwsPolicy("AmazonRDSServiceRolePolicy", "/aws-service-role/",
      "ANPAIPEU5ZOBJWKWHUIBA", "v16",
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Ec2NetworkInterfaces\",\"Effect\":\"Allow\",\"Action\":["
          + "\"ec2:AllocateAddress\",\"ec2:AssociateAddress\",\"ec2:AuthorizeSecurityGroupIngress\","
          + "\"ec2:CreateNetworkInterface\",\"ec2:CreateSecurityGroup\",\"ec2:DeleteNetworkInterface\","
          + "\"ec2:DescribeAvailabilityZones\",\"ec2:DescribeNetworkInterfaces\",\"ec2:DescribeSecurityGroups\","
          + "\"ec2:DescribeSubnets\",\"ec2:DescribeVpcs\",\"ec2:ModifyNetworkInterfaceAttribute\"],\"Resource\":\"*\"},"
          + "{\"Sid\":\"CloudWatchLogs\",\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogGroup\",\"logs:PutRetentionPolicy\"],"
          + "\"Resource\":[\"arn:aws:logs:*:*:log-group:/aws/rds/*\"]}]}");

  static final List<AwsPolicy> ALL = List.of(ADMINISTRATOR_ACCESS, POWER_USER_ACCESS, S3_READ_ONLY, EC2_READ_ONLY,
      CHANGE_PASSWORD, SSM_CORE, RDS_SERVICE_ROLE);

  private AwsManagedPolicies() {}
}
