# Corpus: blind9, brightgrid back office, models (no flags: only the view imports)
# Source: Django models (Model, CharField, ForeignKey, BooleanField)
from django.db import models


class Account(models.Model):
    number = models.CharField(max_length=12, unique=True)
    vulnerable = models.BooleanField(default=False)


class Case(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE)
    opened_at = models.DateTimeField(auto_now_add=True)
    feature_flag = models.CharField(max_length=64, blank=True, help_text="e.g. bo-refund-approvals-v2")


class Refund(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    state = models.CharField(max_length=16, default="pending")
