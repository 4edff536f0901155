package dev.mamori.cli;

import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;

/**
 * A hand-made snapshot for the network commands: one VPC with an internet gateway, one subnet whose
 * ACL lets SSH in and only Linux ephemeral ports out, an admin group open to the world on 22, and an
 * interface with a public address.
 */
final class NetSnapshot {
  private NetSnapshot() {}

  static Path write(Path root) {
    String r = "111122223333/us-east-1/";
    new SnapshotDir(root)
        .file(r + "vpcs.json", "{\"Vpcs\":[{\"VpcId\":\"vpc-1\",\"CidrBlock\":\"10.0.0.0/16\",\"OwnerId\":\"111122223333\"}]}")
        .file(r + "subnets.json", "{\"Subnets\":[{\"SubnetId\":\"subnet-1\",\"VpcId\":\"vpc-1\",\"CidrBlock\":\"10.0.1.0/24\","
            + "\"AvailabilityZone\":\"us-east-1a\"}]}")
        .file(r + "igw.json", "{\"InternetGateways\":[{\"InternetGatewayId\":\"igw-1\",\"Attachments\":[{\"VpcId\":\"vpc-1\","
            + "\"State\":\"available\"}]}]}")
        .file(r + "rtb.json", "{\"RouteTables\":[{\"RouteTableId\":\"rtb-1\",\"VpcId\":\"vpc-1\",\"Associations\":[{\"Main\":true,"
            + "\"RouteTableId\":\"rtb-1\"}],\"Routes\":[{\"DestinationCidrBlock\":\"10.0.0.0/16\",\"GatewayId\":\"local\","
            + "\"State\":\"active\",\"Origin\":\"CreateRouteTable\"},{\"DestinationCidrBlock\":\"0.0.0.0/0\","
            + "\"GatewayId\":\"igw-1\",\"State\":\"active\",\"Origin\":\"CreateRoute\"}]}]}")
        .file(r + "acl.json", "{\"NetworkAcls\":[{\"NetworkAclId\":\"acl-1\",\"VpcId\":\"vpc-1\",\"IsDefault\":true,"
            + "\"Associations\":[{\"SubnetId\":\"subnet-1\",\"NetworkAclId\":\"acl-1\"}],\"Entries\":["
            + "{\"RuleNumber\":100,\"Protocol\":\"6\",\"RuleAction\":\"allow\",\"Egress\":false,\"CidrBlock\":\"0.0.0.0/0\","
            + "\"PortRange\":{\"From\":22,\"To\":22}},"
            + "{\"RuleNumber\":32767,\"Protocol\":\"-1\",\"RuleAction\":\"deny\",\"Egress\":false,\"CidrBlock\":\"0.0.0.0/0\"},"
            + "{\"RuleNumber\":100,\"Protocol\":\"6\",\"RuleAction\":\"allow\",\"Egress\":true,\"CidrBlock\":\"0.0.0.0/0\","
            + "\"PortRange\":{\"From\":32768,\"To\":60999}},"
            + "{\"RuleNumber\":32767,\"Protocol\":\"-1\",\"RuleAction\":\"deny\",\"Egress\":true,\"CidrBlock\":\"0.0.0.0/0\"}]}]}")
        .file(r + "sg.json", "{\"SecurityGroups\":[{\"GroupId\":\"sg-1\",\"GroupName\":\"admin\",\"Description\":\"d\","
            + "\"VpcId\":\"vpc-1\",\"OwnerId\":\"111122223333\",\"IpPermissions\":[{\"IpProtocol\":\"tcp\",\"FromPort\":22,"
            + "\"ToPort\":22,\"IpRanges\":[{\"CidrIp\":\"203.0.113.0/24\",\"Description\":\"office\"},{\"CidrIp\":\"0.0.0.0/0\","
            + "\"Description\":\"temporary\"}]}],\"IpPermissionsEgress\":[{\"IpProtocol\":\"-1\",\"IpRanges\":[{\"CidrIp\":"
            + "\"0.0.0.0/0\"}]}]}]}")
        .file(r + "eni.json", "{\"NetworkInterfaces\":[{\"NetworkInterfaceId\":\"eni-1\",\"SubnetId\":\"subnet-1\","
            + "\"VpcId\":\"vpc-1\",\"AvailabilityZone\":\"us-east-1a\",\"InterfaceType\":\"interface\",\"Groups\":[{\"GroupId\":"
            + "\"sg-1\",\"GroupName\":\"admin\"}],\"PrivateIpAddresses\":[{\"PrivateIpAddress\":\"10.0.1.10\",\"Primary\":true,"
            + "\"Association\":{\"PublicIp\":\"54.0.0.10\"}}],\"Ipv6Addresses\":[],\"Attachment\":{\"InstanceId\":\"i-1\"},"
            + "\"Status\":\"in-use\"}]}");
    return root;
  }
}
