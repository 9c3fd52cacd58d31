# Corpus: blind9, brightgrid back office (Django 5), settings
# Source: django-environ (environ.Env, env.bool, env.int, env.str) and os.environ / os.getenv
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
REFUNDS_AUTO_APPROVE = env.bool("FF_BO_REFUND_AUTO_APPROVE", default=False)
CASE_PAGE_SIZE = env.int("FF_BO_CASE_PAGE_SIZE", default=25)
LEGACY_CRM_SYNC = os.getenv("FF_BO_LEGACY_CRM_SYNC", "off") == "on"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "backoffice",
]

if os.environ.get("FF_BO_AUDIT_STREAM"):
    INSTALLED_APPS.append("backoffice.audit")
