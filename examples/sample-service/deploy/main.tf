# The sample service's imagined AWS setup: a private, encrypted, versioned bucket for exports,
# the security groups between the load balancer and the service, and a task role that can only
# read and write that bucket. Nothing is exposed except HTTPS from the allowed client ranges.

terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

variable "region" {
  description = "AWS region."
  type        = string
  default     = "eu-central-1"
}

variable "vpc_id" {
  description = "VPC the load balancer and the service run in."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC, for egress from the service to VPC endpoints."
  type        = string
}

variable "client_cidrs" {
  description = "Address ranges allowed to reach the load balancer over HTTPS."
  type        = list(string)
  validation {
    condition     = !contains(var.client_cidrs, "0.0.0.0/0")
    error_message = "Restrict clients; 0.0.0.0/0 is not allowed."
  }
}

variable "log_bucket" {
  description = "Existing bucket that receives S3 access logs."
  type        = string
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      service    = "sample-service"
      managed-by = "terraform"
    }
  }
}

data "aws_caller_identity" "current" {}

# --- Encryption key -------------------------------------------------------------------------

resource "aws_kms_key" "exports" {
  description             = "Encrypts the sample service's export bucket."
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "ServiceUse"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.service.arn }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
      },
    ]
  })
}

# --- Bucket ---------------------------------------------------------------------------------

resource "aws_s3_bucket" "exports" {
  bucket_prefix = "sample-service-exports-"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.exports.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_logging" "exports" {
  bucket        = aws_s3_bucket.exports.id
  target_bucket = var.log_bucket
  target_prefix = "sample-service-exports/"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    id     = "expire-old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.exports.arn, "${aws_s3_bucket.exports.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
  depends_on = [aws_s3_bucket_public_access_block.exports]
}

# --- Network --------------------------------------------------------------------------------

resource "aws_security_group" "load_balancer" {
  name_prefix = "sample-service-lb-"
  description = "Load balancer in front of the sample service"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "service" {
  name_prefix = "sample-service-"
  description = "Sample service tasks; reachable only from the load balancer"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "lb_https" {
  for_each          = toset(var.client_cidrs)
  security_group_id = aws_security_group.load_balancer.id
  description       = "HTTPS from allowed clients"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = each.value
}

resource "aws_vpc_security_group_egress_rule" "lb_to_service" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "Forward to the service"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.service.id
}

resource "aws_vpc_security_group_ingress_rule" "service_from_lb" {
  security_group_id            = aws_security_group.service.id
  description                  = "Traffic from the load balancer only"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.load_balancer.id
}

resource "aws_vpc_security_group_egress_rule" "service_to_endpoints" {
  security_group_id = aws_security_group.service.id
  description       = "HTTPS to VPC endpoints (S3, KMS, logs) inside the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.vpc_cidr
}

# --- Identity -------------------------------------------------------------------------------

resource "aws_iam_role" "service" {
  name_prefix = "sample-service-task-"
  description = "Role of the sample service's tasks"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "service_exports" {
  name = "exports-read-write"
  role = aws_iam_role.service.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ObjectsInTheExportBucket"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "${aws_s3_bucket.exports.arn}/*"
      },
      {
        Sid      = "ListTheExportBucket"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = aws_s3_bucket.exports.arn
      },
    ]
  })
}

output "bucket" {
  description = "Name of the export bucket."
  value       = aws_s3_bucket.exports.id
}

output "service_security_group" {
  description = "Security group to attach to the service's tasks."
  value       = aws_security_group.service.id
}

output "service_role_arn" {
  description = "Role for the service's tasks."
  value       = aws_iam_role.service.arn
}
