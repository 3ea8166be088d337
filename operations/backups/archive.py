"""A backup folder: the database dump, a copy of the media files and a manifest with checksums.

The manifest is written last, so a folder without one is an interrupted backup, never restored.
"""

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files.base import File
from django.core.files.storage import Storage
from django.core.management.base import CommandError
from django.utils import timezone

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_DIR = "media"
CHUNK = 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_entry(path: Path, name: str) -> dict:
    return {"name": name, "size": path.stat().st_size, "sha256": sha256_of(path)}


def storage_names(storage: Storage, folder: str = "") -> list[str]:
    """Every file name in a storage (local or S3), walking its folders."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder not created yet: nothing uploaded
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for directory in directories:
        names += storage_names(storage, f"{folder}/{directory}" if folder else directory)
    return sorted(names)


def safe_relative(name: str) -> PurePosixPath:
    """A media name as a path inside the backup folder; refuses `..` and absolute names."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise CommandError(f"Refusing the media name {name!r}: it would leave the backup folder.")
    return path


def copy_media_out(storage: Storage, out: Path) -> list[dict]:
    """Copy every file of `storage` under out/media/ and return their manifest entries."""
    entries = []
    for name in storage_names(storage):
        target = out / MEDIA_DIR / safe_relative(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, target.open("wb") as handle:
            shutil.copyfileobj(source, handle, CHUNK)
        entries.append(file_entry(target, name))
    return entries


@dataclass
class Backup:
    """A backup folder whose manifest has been read and whose files have been checked."""

    folder: Path
    manifest: dict

    @property
    def database_file(self) -> Path:
        return self.folder / self.manifest["database"]["name"]

    @property
    def vendor(self) -> str:
        return self.manifest["database"]["vendor"]

    @property
    def media(self) -> list[dict]:
        return self.manifest["media"]

    def media_path(self, entry: dict) -> Path:
        return self.folder / MEDIA_DIR / safe_relative(entry["name"])


def write_manifest(out: Path, database: dict, media: list[dict]) -> dict:
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database": database,
        "media": media,
    }
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def read_backup(folder: Path) -> Backup:
    """Read and verify a backup folder: every file present, with its recorded size and checksum."""
    if not folder.is_dir():
        raise CommandError(f"No backup folder at {folder}.")
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        raise CommandError(f"{folder} has no {MANIFEST_NAME}: not a backup, or an interrupted one.")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        backup = Backup(folder=folder, manifest=manifest)
        if manifest["format"] != FORMAT_VERSION:
            raise CommandError(f"{manifest_path} has format {manifest['format']}; this version reads 1.")
        entries = [(backup.database_file, manifest["database"])]
        entries += [(backup.media_path(entry), entry) for entry in manifest["media"]]
    except (ValueError, KeyError, TypeError) as error:
        raise CommandError(f"{manifest_path} is not a valid manifest ({error}).") from error
    for path, entry in entries:
        if not path.is_file():
            raise CommandError(f"{path} is missing from the backup.")
        if path.stat().st_size != entry["size"] or sha256_of(path) != entry["sha256"]:
            raise CommandError(f"{path} does not match its checksum in the manifest: the backup is damaged.")
    return backup


def media_conflicts(storage: Storage, backup: Backup) -> list[str]:
    """Names that already exist in the target storage with other contents."""
    conflicts = []
    for entry in backup.media:
        if storage.exists(entry["name"]):
            with storage.open(entry["name"], "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            if digest != entry["sha256"]:
                conflicts.append(entry["name"])
    return conflicts


def copy_media_in(storage: Storage, backup: Backup) -> int:
    """Put every media file of the backup into `storage` under its own name; returns how many."""
    copied = 0
    for entry in backup.media:
        name = entry["name"]
        if storage.exists(name):
            with storage.open(name, "rb") as handle:
                if hashlib.file_digest(handle, "sha256").hexdigest() == entry["sha256"]:
                    continue
            storage.delete(name)
        with backup.media_path(entry).open("rb") as handle:
            saved = storage.save(name, File(handle))
        if saved != name:
            raise CommandError(f"The storage saved {name} as {saved}; restore into an empty storage.")
        copied += 1
    return copied
