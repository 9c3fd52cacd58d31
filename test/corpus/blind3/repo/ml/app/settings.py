# Corpus: blind3 ml, Django settings reading flag variables from the environment.
# Source: Django docs "Settings" (module-level names); Python os.environ / os.getenv.
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

LD_SDK_KEY = os.getenv("LD_SDK_KEY", "")
FEATURE_ASYNC_EXPORTS = os.environ.get("FF_ASYNC_EXPORTS", "false") == "true"
FEATURE_FLAGS = {
    "bulk_export": os.getenv("FF_BULK_EXPORT") == "1",
    "admin_audit": os.environ["FF_ADMIN_AUDIT"] == "1",
}
BULK_EXPORT = FEATURE_FLAGS["bulk_export"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "app",
]
