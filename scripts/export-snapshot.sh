#!/usr/bin/env bash
# Exports an AWS account's configuration as a Mamori snapshot: the JSON the AWS CLI prints, in the
# layout Mamori reads (see DESIGN.md, "Input: the snapshot directory"). Only read-only calls are made
# (describe-*, get-*, list-*, and generate-credential-report, which asks IAM to prepare the report).
#
# A call that AWS refuses is saved as {"Error": {"Code": "..."}} in the file the output would have
# gone to, so that Mamori can tell "AWS says there is none" (NoSuchBucketPolicy, NoSuchEntity, ...)
# from "never asked" (no file).
set -uo pipefail

usage() {
  cat <<'USAGE'
usage: export-snapshot.sh --out DIR [--region R[,R...]]... [--profile P] [--account-dir]

  --out DIR        where to write the snapshot (created if missing)
  --region R       region(s) to export; repeat it or give a comma list
                   (default: the profile's configured region)
  --profile P      AWS CLI profile to use
  --account-dir    put everything under DIR/<account-id>/ (for multi-account snapshots)

Then: ./mamori inventory DIR
USAGE
}

regions=()
profile=""
out=""
account_dir=0
while [ $# -gt 0 ]; do
  case "$1" in
    --region) [ $# -ge 2 ] || { usage >&2; exit 2; }; IFS=',' read -r -a more <<< "$2"; regions+=("${more[@]}"); shift ;;
    --region=*) IFS=',' read -r -a more <<< "${1#--region=}"; regions+=("${more[@]}") ;;
    --profile) [ $# -ge 2 ] || { usage >&2; exit 2; }; profile="$2"; shift ;;
    --profile=*) profile="${1#--profile=}" ;;
    --out) [ $# -ge 2 ] || { usage >&2; exit 2; }; out="$2"; shift ;;
    --out=*) out="${1#--out=}" ;;
    --account-dir) account_dir=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "export-snapshot: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

[ -n "$out" ] || { echo "export-snapshot: --out DIR is required" >&2; usage >&2; exit 2; }
command -v aws >/dev/null 2>&1 || { echo "export-snapshot: the AWS CLI (aws) is not on PATH" >&2; exit 2; }

export AWS_PAGER=""
profile_args=()
[ -n "$profile" ] && profile_args=(--profile "$profile")

if [ ${#regions[@]} -eq 0 ]; then
  configured="$(aws configure get region ${profile_args[@]+"${profile_args[@]}"} 2>/dev/null || true)"
  configured="${configured:-${AWS_REGION:-${AWS_DEFAULT_REGION:-}}}"
  [ -n "$configured" ] || { echo "export-snapshot: no region given and none configured; use --region" >&2; exit 2; }
  regions=("$configured")
fi
home_region="${regions[0]}"

calls=0
refused=0
errors_file="$(mktemp)"
trap 'rm -f "$errors_file"' EXIT

# call FILE SERVICE COMMAND [ARGS...]: saves the JSON output in FILE, or AWS's error code.
call() {
  local file="$1"; shift
  mkdir -p "$(dirname "$file")"
  calls=$((calls + 1))
  if aws "$@" --output json ${profile_args[@]+"${profile_args[@]}"} > "$file.part" 2> "$errors_file"; then
    mv "$file.part" "$file"
    return 0
  fi
  rm -f "$file.part"
  refused=$((refused + 1))
  local code message
  code="$(sed -n 's/.*An error occurred (\([A-Za-z0-9._:-]*\)).*/\1/p' "$errors_file" | head -n 1)"
  message="$(tr '\r\n\t"\\' '     ' < "$errors_file" | head -c 400)"
  printf '{"Error": {"Code": "%s", "Message": "%s"}}\n' "${code:-ExportFailed}" "$message" > "$file"
  return 1
}

# ids_in FILE FIELD: the string values of FIELD in a saved output (IDs and names hold no quotes).
ids_in() {
  [ -f "$1" ] || return 0
  grep -o "\"$2\": *\"[^\"]*\"" "$1" | sed 's/.*: *"\(.*\)"$/\1/'
}

identity="$(mktemp)"
if ! aws sts get-caller-identity --output json --region "$home_region" ${profile_args[@]+"${profile_args[@]}"} > "$identity"; then
  echo "export-snapshot: cannot tell which account the credentials are for (sts get-caller-identity failed)" >&2
  rm -f "$identity"
  exit 1
fi
account="$(ids_in "$identity" Account | head -n 1)"
rm -f "$identity"
[ -n "$account" ] || { echo "export-snapshot: sts get-caller-identity named no account" >&2; exit 1; }

base="$out"
[ "$account_dir" -eq 1 ] && base="$out/$account"
global="$base/global"
echo "export-snapshot: account $account, regions ${regions[*]}, into $base" >&2

export_region() {
  local r="$1" d="$base/$1" cmd
  for cmd in describe-vpcs describe-subnets describe-route-tables describe-internet-gateways \
      describe-egress-only-internet-gateways describe-nat-gateways describe-security-groups describe-network-acls \
      describe-network-interfaces describe-instances describe-volumes describe-prefix-lists \
      describe-managed-prefix-lists describe-vpc-peering-connections get-ebs-encryption-by-default \
      get-ebs-default-kms-key-id; do
    call "$d/$cmd.json" ec2 "$cmd" --region "$r"
  done
  call "$d/describe-snapshots.json" ec2 describe-snapshots --owner-ids self --region "$r"
  for id in $(ids_in "$d/describe-snapshots.json" SnapshotId); do
    call "$d/describe-snapshot-attribute/$id.json" ec2 describe-snapshot-attribute --snapshot-id "$id" \
      --attribute createVolumePermission --region "$r"
  done
  for id in $(ids_in "$d/describe-managed-prefix-lists.json" PrefixListId); do
    call "$d/get-managed-prefix-list-entries/$id.json" ec2 get-managed-prefix-list-entries --prefix-list-id "$id" \
      --region "$r"
  done
  call "$d/describe-db-instances.json" rds describe-db-instances --region "$r"
  call "$d/kms/list-keys.json" kms list-keys --region "$r"
  for id in $(ids_in "$d/kms/list-keys.json" KeyId); do
    call "$d/kms/$id/describe-key.json" kms describe-key --key-id "$id" --region "$r"
    call "$d/kms/$id/get-key-rotation-status.json" kms get-key-rotation-status --key-id "$id" --region "$r"
    call "$d/kms/$id/get-key-policy.json" kms get-key-policy --key-id "$id" --policy-name default --region "$r"
  done
}

export_iam() {
  local d="$global/iam"
  call "$d/get-account-authorization-details.json" iam get-account-authorization-details --region "$home_region"
  call "$d/get-account-summary.json" iam get-account-summary --region "$home_region"
  call "$d/get-account-password-policy.json" iam get-account-password-policy --region "$home_region"
  call "$d/list-virtual-mfa-devices.json" iam list-virtual-mfa-devices --region "$home_region"
  # The report must be generated first; it takes a few seconds.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    call "$d/.generate-credential-report.json" iam generate-credential-report --region "$home_region" || break
    grep -q '"COMPLETE"' "$d/.generate-credential-report.json" && break
    sleep 2
  done
  rm -f "$d/.generate-credential-report.json"
  call "$d/get-credential-report.json" iam get-credential-report --region "$home_region"
}

export_s3() {
  local d="$global/s3" bucket cmd
  call "$global/s3control/get-public-access-block.json" s3control get-public-access-block --account-id "$account" \
    --region "$home_region"
  call "$d/list-buckets.json" s3api list-buckets --region "$home_region"
  for bucket in $(ids_in "$d/list-buckets.json" Name); do
    for cmd in get-bucket-location get-bucket-policy get-bucket-acl get-bucket-versioning get-bucket-encryption \
        get-bucket-replication get-public-access-block get-object-lock-configuration; do
      call "$d/$bucket/$cmd.json" s3api "$cmd" --bucket "$bucket" --region "$home_region"
    done
  done
}

# The chain from the account up to the root, with the SCPs and RCPs attached at each level.
export_organizations() {
  local d="$global/organizations" child="$account" parent policy target
  call "$d/describe-organization.json" organizations describe-organization --region "$home_region" || return 0
  local targets=("$account")
  for _ in 1 2 3 4 5 6 7; do
    call "$d/list-parents/$child.json" organizations list-parents --child-id "$child" --region "$home_region" || break
    parent="$(ids_in "$d/list-parents/$child.json" Id | head -n 1)"
    [ -n "$parent" ] || break
    targets+=("$parent")
    case "$parent" in r-*) break ;; esac
    child="$parent"
  done
  for target in "${targets[@]}"; do
    call "$d/list-policies-for-target/$target.json" organizations list-policies-for-target --target-id "$target" \
      --filter SERVICE_CONTROL_POLICY --region "$home_region"
    call "$d/list-policies-for-target/$target.rcp.json" organizations list-policies-for-target --target-id "$target" \
      --filter RESOURCE_CONTROL_POLICY --region "$home_region"
  done
  for policy in $(cat "$d"/list-policies-for-target/*.json 2>/dev/null | grep -o '"Id": *"[^"]*"' \
      | sed 's/.*: *"\(.*\)"$/\1/' | sort -u); do
    call "$d/describe-policy/$policy.json" organizations describe-policy --policy-id "$policy" --region "$home_region"
  done
}

for r in "${regions[@]}"; do
  export_region "$r"
done
export_iam
export_s3
export_organizations

echo "export-snapshot: $calls calls, $refused answered with an error (saved as error files); now run: ./mamori inventory $out" >&2
