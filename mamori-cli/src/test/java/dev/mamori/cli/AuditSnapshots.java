package dev.mamori.cli;

import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;

/** Small snapshots for audit command tests (EC2 data: what the readers on main understand). */
final class AuditSnapshots {
  private AuditSnapshots() {}

  /**
   * One VPC whose default group has rules (fails sg-default-restrict), a second whose default
   * group is empty (passes), an interface with six groups (fails sg-too-many-per-interface) and one
   * with a single group (passes).
   */
  static Path small(Path root) {
    new SnapshotDir(root)
        .file("111122223333/eu-west-1/vpcs.json", """
            {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "OwnerId": "111122223333"},
                      {"VpcId": "vpc-2", "CidrBlock": "10.1.0.0/16", "OwnerId": "111122223333"}]}
            """)
        .file("111122223333/eu-west-1/security-groups.json", """
            {"SecurityGroups": [
              {"GroupId": "sg-0def1", "GroupName": "default", "Description": "default VPC security group", "VpcId": "vpc-1",
               "OwnerId": "111122223333",
               "IpPermissions": [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": "sg-0def1", "UserId": "111122223333"}]}],
               "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
              {"GroupId": "sg-0def2", "GroupName": "default", "Description": "default VPC security group", "VpcId": "vpc-2",
               "OwnerId": "111122223333", "IpPermissions": [], "IpPermissionsEgress": []}
            ]}
            """)
        .file("111122223333/eu-west-1/subnets.json", """
            {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "eu-west-1a"}]}
            """)
        .file("111122223333/eu-west-1/network-interfaces.json", """
            {"NetworkInterfaces": [
              {"NetworkInterfaceId": "eni-crowded", "SubnetId": "subnet-1", "VpcId": "vpc-1", "AvailabilityZone": "eu-west-1a",
               "PrivateIpAddress": "10.0.1.10", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.10", "Primary": true}],
               "Groups": [{"GroupId": "sg-a"}, {"GroupId": "sg-b"}, {"GroupId": "sg-c"}, {"GroupId": "sg-d"}, {"GroupId": "sg-e"},
                          {"GroupId": "sg-f"}], "Status": "in-use", "InterfaceType": "interface"},
              {"NetworkInterfaceId": "eni-tidy", "SubnetId": "subnet-1", "VpcId": "vpc-1", "AvailabilityZone": "eu-west-1a",
               "PrivateIpAddress": "10.0.1.11", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.11", "Primary": true}],
               "Groups": [{"GroupId": "sg-a"}], "Status": "in-use", "InterfaceType": "interface"}
            ]}
            """);
    return root;
  }
}
