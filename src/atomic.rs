//! Files written whole or not at all: output goes to a temporary file of a unique name beside the
//! target and is renamed over it only once complete and on disk, so a failed run never leaves half
//! a file where the user expects a whole one, nor destroys the one that was there.
//!
//! `tempfile` makes the temporary name: unique per run and created exclusively, so two runs
//! writing the same target never share one, and a link planted in the folder is never followed.
//! The target keeps what the user set on it: its permissions, and a symbolic link stays a link
//! (the file it points to is replaced). A read-only target is refused, as an editor would. A
//! target with other hard links is replaced under its name only: the other names keep the old
//! contents, the price of never leaving half a file.
#![deny(clippy::arithmetic_side_effects)]

use std::fs::{File, Permissions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// Links followed to find the file a target names, at most (the kernel's own limit is 40).
const MAX_LINKS: usize = 40;

/// A file being written; [`AtomicFile::commit`] puts it in place, dropping it without
/// committing removes the temporary file and leaves the target untouched.
pub struct AtomicFile {
    target: PathBuf,
    out: BufWriter<NamedTempFile>,
    permissions: Option<Permissions>,
}

impl AtomicFile {
    /// Starts writing `target` (through a symbolic link, the file it points to).
    pub fn create(target: &Path) -> io::Result<AtomicFile> {
        let target = resolved(target)?;
        let existing = match std::fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if let Some(meta) = &existing {
            if !meta.is_file() {
                return Err(io::Error::other("it is not a regular file"));
            }
            if meta.permissions().readonly() {
                return Err(io::Error::new(io::ErrorKind::PermissionDenied, "it is read-only"));
            }
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".pricesim-tmp");
        // An old file's permissions from the start; a new file the usual ones (the umask applies),
        // not the private 0600 of a temporary file.
        let permissions = existing.map(|m| m.permissions());
        match &permissions {
            Some(p) => {
                builder.permissions(p.clone());
            }
            None => new_file_permissions(&mut builder),
        }
        let temp = builder.tempfile_in(dir)?;
        Ok(AtomicFile { target, out: BufWriter::with_capacity(1 << 16, temp), permissions })
    }

    /// Writes `bytes` to `target`, whole or not at all.
    pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = AtomicFile::create(target)?;
        file.write_all(bytes)?;
        file.commit()
    }

    /// Flushes the file and syncs it to disk, so that a full disk shows here, before any file of a
    /// run that writes several is put in place.
    pub fn sync(&mut self) -> io::Result<()> {
        self.out.flush()?;
        self.out.get_ref().as_file().sync_all()
    }

    /// Flushes and syncs the file, renames it into place and syncs the folder, so the new file is
    /// on disk under its name when this returns.
    pub fn commit(self) -> io::Result<()> {
        let AtomicFile { target, out, permissions } = self;
        let temp = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        if let Some(p) = permissions {
            // Exactly the old file's bits, which the umask may have narrowed at creation.
            temp.as_file().set_permissions(p)?;
        }
        temp.as_file().sync_all()?;
        temp.persist(&target).map_err(|e| e.error)?;
        sync_folder(&target)
    }
}

/// The file `target` names: itself, or the end of the chain of symbolic links it starts.
fn resolved(target: &Path) -> io::Result<PathBuf> {
    let mut path = target.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Syncs the folder holding `file`, so its new entry survives a crash.
fn sync_folder(file: &Path) -> io::Result<()> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match File::open(dir) {
        Ok(d) => d.sync_all(),
        // Some systems cannot open a folder for reading; the file itself is synced.
        Err(_) => Ok(()),
    }
}

#[cfg(unix)]
fn new_file_permissions(builder: &mut tempfile::Builder<'_, '_>) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(Permissions::from_mode(0o666));
}

#[cfg(not(unix))]
fn new_file_permissions(_: &mut tempfile::Builder<'_, '_>) {}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncommitted_file_leaves_the_old_one() {
        let dir = std::env::temp_dir().join(format!("pricesim-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.csv");
        std::fs::write(&target, "old").unwrap();
        let mut f = AtomicFile::create(&target).unwrap();
        f.write_all(b"new").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        let mut f = AtomicFile::create(&target).unwrap();
        f.write_all(b"new").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
