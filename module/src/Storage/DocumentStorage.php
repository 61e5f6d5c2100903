<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;

/**
 * The private folder of PDFs. Every name is generated here (random hex); nothing from a request ever reaches a
 * filesystem function. Files are written under tmp/, hashed while written, then renamed into place
 * (<2 hex>/<64 hex>.pdf, atomic within one filesystem). Each folder gets a deny-all .htaccess and an index.php.
 */
class DocumentStorage
{
    const DIR_MODE = 0750;
    const FILE_MODE = 0640;
    const CHUNK = 1048576;
    const TEMP_DIR = 'tmp';
    const FILE_NAME_PATTERN = '#^([0-9a-f]{2})/([0-9a-f]{64})\.pdf$#';

    const HTACCESS = "# Private documents: served only by the module's controllers.\n"
        . "<IfModule mod_authz_core.c>\n    Require all denied\n</IfModule>\n"
        . "<IfModule !mod_authz_core.c>\n    Order deny,allow\n    Deny from all\n</IfModule>\n";

    const INDEX_PHP = "<?php\n"
        . "header('Expires: Mon, 26 Jul 1997 05:00:00 GMT');\n"
        . "header('Last-Modified: ' . gmdate('D, d M Y H:i:s') . ' GMT');\n"
        . "header('Cache-Control: no-store, no-cache, must-revalidate');\n"
        . "header('Cache-Control: post-check=0, pre-check=0', false);\n"
        . "header('Pragma: no-cache');\n"
        . "header('Location: ../');\n"
        . "exit;\n";

    /** @var string */
    private $root;

    public function __construct(string $root)
    {
        $this->root = rtrim($root, '/\\');
    }

    public function root(): string
    {
        return $this->root;
    }

    /** Creates the root and tmp/ folders with their protection files when missing. */
    public function ensureReady(): void
    {
        $this->ensureFolder($this->root);
        $this->ensureFolder($this->root . '/' . self::TEMP_DIR);
    }

    public function isWritable(): bool
    {
        try {
            $this->ensureReady();
        } catch (StorageException $e) {
            return false;
        }

        return is_writable($this->root . '/' . self::TEMP_DIR);
    }

    /** Bytes taken by stored documents (temp files excluded). */
    public function usedBytes(): int
    {
        $total = 0;
        foreach ($this->finalFiles() as $fileName) {
            $size = @filesize($this->root . '/' . $fileName);
            $total += $size === false ? 0 : $size;
        }

        return $total;
    }

    /**
     * @throws Refusal pdf_missing, pdf_not_base64, pdf_too_large (no temp file is left behind)
     */
    public function writeTempFromBase64(string $base64, int $maxBytes): TempFile
    {
        $decoder = new Base64PdfDecoder();

        return $this->writeTemp(function ($handle, Sha256 $hash) use ($decoder, $base64, $maxBytes): int {
            return $decoder->decode($base64, $handle, $hash, $maxBytes);
        });
    }

    /**
     * Copies an uploaded file (already checked by the caller with is_uploaded_file) in chunks, hashing it.
     *
     * @throws Refusal pdf_missing, pdf_too_large
     */
    public function writeTempFromFile(string $sourcePath, int $maxBytes): TempFile
    {
        $source = @fopen($sourcePath, 'rb');
        if ($source === false) {
            throw DocumentRefusals::because('pdf_missing');
        }
        try {
            return $this->writeTempFromStream($source, $maxBytes);
        } finally {
            fclose($source);
        }
    }

    /**
     * Copies an open stream (a ZIP entry of an import) in chunks, hashing it; the caller closes the stream.
     *
     * @param resource $source
     *
     * @throws Refusal pdf_missing, pdf_too_large
     */
    public function writeTempFromStream($source, int $maxBytes): TempFile
    {
        return $this->writeTemp(function ($handle, Sha256 $hash) use ($source, $maxBytes): int {
            $written = 0;
            while (!feof($source)) {
                $bytes = fread($source, self::CHUNK);
                if ($bytes === false) {
                    throw new StorageException('Cannot read the uploaded file');
                }
                $written += strlen($bytes);
                if ($written > $maxBytes) {
                    throw DocumentRefusals::because('pdf_too_large');
                }
                $hash->update($bytes);
                if ($bytes !== '' && fwrite($handle, $bytes) !== strlen($bytes)) {
                    throw new StorageException('Cannot write the temporary file');
                }
            }
            if ($written === 0) {
                throw DocumentRefusals::because('pdf_missing');
            }

            return $written;
        });
    }

    /**
     * A new empty upload file in tmp/ (a ZIP or CSV sent in chunks by the back office); answers its generated name.
     * Like every temp file, the sweep removes it when it was not written for a day.
     */
    public function createUpload(): string
    {
        $this->ensureReady();
        $name = bin2hex(random_bytes(32)) . '.part';
        $handle = @fopen($this->uploadPath($name), 'xb');
        if ($handle === false) {
            throw new StorageException('Cannot create a temporary file in the storage folder');
        }
        fclose($handle);
        @chmod($this->uploadPath($name), self::FILE_MODE);

        return $name;
    }

    /** Appends a chunk to an upload file; answers its new size. */
    public function appendUpload(string $name, string $bytes): int
    {
        $path = $this->uploadPath($name);
        $handle = @fopen($path, 'ab');
        if ($handle === false) {
            throw new StorageException('The upload file is missing');
        }
        try {
            if ($bytes !== '' && fwrite($handle, $bytes) !== strlen($bytes)) {
                throw new StorageException('Cannot write the upload file');
            }
            fflush($handle);
        } finally {
            fclose($handle);
        }
        clearstatcache(true, $path);

        return (int) filesize($path);
    }

    /** Size of an upload file, null when it is gone (swept or cancelled). */
    public function uploadSize(string $name): ?int
    {
        $path = $this->uploadPath($name);
        clearstatcache(true, $path);
        $size = @filesize($path);

        return $size === false ? null : (int) $size;
    }

    /** Marks an upload as still in use, so the daily sweep keeps it. */
    public function touchUpload(string $name): void
    {
        @touch($this->uploadPath($name));
    }

    public function deleteUpload(string $name): void
    {
        $path = $this->uploadPath($name);
        if (is_file($path)) {
            @unlink($path);
        }
    }

    /** Absolute path of an upload file (only names createUpload generated). */
    public function uploadPath(string $name): string
    {
        if (preg_match('/^[0-9a-f]{64}\.part$/', $name) !== 1) {
            throw new StorageException('Invalid upload file name');
        }

        return $this->root . '/' . self::TEMP_DIR . '/' . $name;
    }

    /**
     * Moves a temp file to its final generated name; answers that name (what the document row stores).
     */
    public function promote(TempFile $file): string
    {
        $hex = bin2hex(random_bytes(32));
        $fileName = substr($hex, 0, 2) . '/' . $hex . '.pdf';
        $folder = $this->root . '/' . substr($hex, 0, 2);
        $this->ensureFolder($folder);
        if (!@rename($file->path(), $this->root . '/' . $fileName)) {
            // The folder may have been removed between ensureFolder() and rename() (removeFolderIfEmpty() of a
            // test document's clean-up): create it again and try once more.
            clearstatcache(true, $folder);
            $this->ensureFolder($folder);
            if (!@rename($file->path(), $this->root . '/' . $fileName)) {
                throw new StorageException('Cannot move the document into the storage folder');
            }
        }

        return $fileName;
    }

    /**
     * The two-hex-digit folders that exist now, so that a caller can tell afterwards which ones it created.
     *
     * @return string[]
     */
    public function hashFolders(): array
    {
        $folders = [];
        foreach (@scandir($this->root) ?: [] as $name) {
            if (preg_match('/^[0-9a-f]{2}$/', $name) === 1 && is_dir($this->root . '/' . $name)) {
                $folders[] = $name;
            }
        }

        return $folders;
    }

    /**
     * Removes the two-hex-digit folder of a stored file name when nothing but its .htaccess and index.php is left
     * in it (never the root, never a folder with anything else). Answers whether the folder is gone.
     */
    public function removeFolderIfEmpty(string $fileName): bool
    {
        $folder = dirname($this->pathOf($fileName));
        if (!is_dir($folder)) {
            return true;
        }
        $entries = array_values(array_diff(@scandir($folder) ?: ['?'], ['.', '..', '.htaccess', 'index.php']));
        if ($entries !== []) {
            return false;
        }
        foreach (['.htaccess', 'index.php'] as $protection) {
            if (is_file($folder . '/' . $protection)) {
                @unlink($folder . '/' . $protection);
            }
        }
        if (@rmdir($folder)) {
            return true;
        }
        // Something arrived meanwhile (a document of the same prefix): its folder keeps its protection.
        clearstatcache(true, $folder);
        if (is_dir($folder)) {
            $this->ensureFolder($folder);
        }

        return !is_dir($folder);
    }

    /**
     * Puts a promoted file back where its temp file was, so a retried transaction can promote it again.
     */
    public function unpromote(string $fileName, TempFile $file): void
    {
        if (!@rename($this->pathOf($fileName), $file->path())) {
            throw new StorageException('Cannot move the document back to the temporary folder');
        }
    }

    public function discard(TempFile $file): void
    {
        if (is_file($file->path())) {
            @unlink($file->path());
        }
    }

    /**
     * The file of a replaced version: no row names it any more, but a download that read the old row a moment ago
     * may still be about to open it. Its modification time becomes $at, so sweep() (which removes orphans only once
     * they are older than its grace period) deletes it a grace period after the replacement, not right away.
     */
    public function retire(string $fileName, \DateTimeImmutable $at): void
    {
        $path = $this->pathOf($fileName);
        if (is_file($path)) {
            @touch($path, $at->getTimestamp());
        }
    }

    public function exists(string $fileName): bool
    {
        return is_file($this->pathOf($fileName));
    }

    public function delete(string $fileName): bool
    {
        $path = $this->pathOf($fileName);

        return is_file($path) && @unlink($path);
    }

    /**
     * Sends a stored file to $output in chunks (flat memory). Answers the number of bytes sent.
     *
     * @param callable(string): void $output
     */
    public function stream(string $fileName, callable $output, int $chunkSize = 65536): int
    {
        $handle = $this->open($fileName);
        $sent = 0;
        try {
            while (!feof($handle)) {
                $bytes = fread($handle, max(1024, $chunkSize));
                if ($bytes === false) {
                    throw new StorageException('Cannot read the document');
                }
                if ($bytes !== '') {
                    $output($bytes);
                    $sent += strlen($bytes);
                }
            }
        } finally {
            fclose($handle);
        }

        return $sent;
    }

    /**
     * @return resource read-only handle; the caller closes it
     */
    public function open(string $fileName)
    {
        $handle = @fopen($this->pathOf($fileName), 'rb');
        if ($handle === false) {
            throw new StorageException('The document file is missing');
        }

        return $handle;
    }

    public function sizeOf(string $fileName): ?int
    {
        $size = @filesize($this->pathOf($fileName));

        return $size === false ? null : $size;
    }

    /**
     * Removes temp files older than $olderThanSeconds and final files no row references (left by a crash between
     * rename and COMMIT, only when older than $olderThanSeconds so an ingestion in flight is never touched); reports
     * rows whose file is missing or differs in size or hash. "Older" is measured against $clock, never the system's.
     */
    public function sweep(Connection $connection, Clock $clock, int $olderThanSeconds, bool $verifyHashes = true): SweepReport
    {
        $report = new SweepReport();
        $limit = $clock->now()->getTimestamp() - max(0, $olderThanSeconds);
        foreach ((array) glob($this->root . '/' . self::TEMP_DIR . '/*.part') as $path) {
            if (is_string($path) && is_file($path) && (int) filemtime($path) <= $limit && @unlink($path)) {
                ++$report->removedTempFiles;
            }
        }
        $candidates = [];
        foreach ($this->finalFiles() as $fileName) {
            if ((int) filemtime($this->root . '/' . $fileName) <= $limit) {
                $candidates[] = $fileName;
            }
        }
        foreach (array_chunk($candidates, 500) as $batch) {
            $known = array_column($connection->fetchAll(
                'SELECT file_name FROM PREFIX_ebpdocuments_document WHERE file_name IN :names',
                ['names' => $batch]
            ), 'file_name');
            foreach (array_diff($batch, $known) as $orphan) {
                if ($this->delete($orphan)) {
                    ++$report->removedOrphans;
                }
            }
        }
        $this->checkRows($connection, $report, $verifyHashes);

        return $report;
    }

    private function checkRows(Connection $connection, SweepReport $report, bool $verifyHashes): void
    {
        $after = 0;
        do {
            $rows = $connection->fetchAll(
                'SELECT id_document, file_name, file_size, sha256 FROM PREFIX_ebpdocuments_document
                 WHERE id_document > :after ORDER BY id_document LIMIT 500',
                ['after' => $after]
            );
            foreach ($rows as $row) {
                $after = (int) $row['id_document'];
                $problem = $this->problemOf((string) $row['file_name'], (int) $row['file_size'], (string) $row['sha256'], $verifyHashes);
                if ($problem !== null) {
                    $report->damaged[] = ['id_document' => $after, 'file_name' => (string) $row['file_name'], 'problem' => $problem];
                }
            }
        } while (count($rows) === 500);
    }

    private function problemOf(string $fileName, int $size, string $sha256, bool $verifyHashes): ?string
    {
        if (preg_match(self::FILE_NAME_PATTERN, $fileName) !== 1 || !$this->exists($fileName)) {
            return SweepReport::FILE_MISSING;
        }
        if ($this->sizeOf($fileName) !== $size) {
            return SweepReport::SIZE_MISMATCH;
        }
        if ($verifyHashes && !hash_equals(strtolower($sha256), (string) Sha256::ofFile($this->pathOf($fileName)))) {
            return SweepReport::HASH_MISMATCH;
        }

        return null;
    }

    /**
     * @return string[] stored file names ("ab/ab…pdf")
     */
    private function finalFiles(): array
    {
        $names = [];
        foreach ((array) glob($this->root . '/[0-9a-f][0-9a-f]/*.pdf') as $path) {
            if (!is_string($path)) {
                continue;
            }
            $fileName = basename(dirname($path)) . '/' . basename($path);
            if (preg_match(self::FILE_NAME_PATTERN, $fileName) === 1 && is_file($path)) {
                $names[] = $fileName;
            }
        }

        return $names;
    }

    /**
     * @param callable(resource, Sha256): int $fill writes the content and answers its size
     */
    private function writeTemp(callable $fill): TempFile
    {
        $this->ensureReady();
        $path = $this->root . '/' . self::TEMP_DIR . '/' . bin2hex(random_bytes(32)) . '.part';
        $handle = @fopen($path, 'xb');
        if ($handle === false) {
            throw new StorageException('Cannot create a temporary file in the storage folder');
        }
        @chmod($path, self::FILE_MODE);
        $hash = new Sha256();
        try {
            $size = $fill($handle, $hash);
            // No fsync: it cost 2–6 ms per document (most of the door's time above PrestaShop's own) and PHP < 8.1
            // has none. The rename still comes before the row, so a crashed process leaves no row without its file;
            // after a power loss a recent file may lack its last bytes, which the sweep's hash check reports.
            if (!fflush($handle)) {
                throw new StorageException('Cannot flush the temporary file');
            }
        } catch (\Throwable $e) {
            fclose($handle);
            @unlink($path);
            throw $e;
        }
        fclose($handle);

        return new TempFile($path, $size, $hash->hex());
    }

    private function pathOf(string $fileName): string
    {
        // Only names this class generated are ever turned into paths (no traversal, no stream wrappers).
        if (preg_match(self::FILE_NAME_PATTERN, $fileName, $parts) !== 1 || strpos($parts[2], $parts[1]) !== 0) {
            throw new StorageException('Invalid stored file name');
        }

        return $this->root . '/' . $fileName;
    }

    private function ensureFolder(string $folder): void
    {
        if (!is_dir($folder)) {
            if (!@mkdir($folder, self::DIR_MODE, true) && !is_dir($folder)) {
                throw new StorageException('Cannot create the storage folder');
            }
            @chmod($folder, self::DIR_MODE);
        }
        if (!is_file($folder . '/.htaccess') && @file_put_contents($folder . '/.htaccess', self::HTACCESS) === false) {
            throw new StorageException('Cannot protect the storage folder');
        }
        if (!is_file($folder . '/index.php')) {
            @file_put_contents($folder . '/index.php', self::INDEX_PHP);
        }
    }
}
