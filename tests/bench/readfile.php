<?php

/**
 * Bench only: the floor of a download, readfile() of a stored document's file with the same headers as the module's
 * download, served by the harness's php -S under /__readfile?id=N (tests/php/harness/router.php).
 */

declare(strict_types=1);

(function (): void {
    $pdo = new PDO(
        'mysql:host=' . (getenv('EBPDOCS_DB_HOST') ?: '127.0.0.1') . ';port=' . (getenv('EBPDOCS_DB_PORT') ?: '33061')
            . ';dbname=' . getenv('EBPDOCS_DB_NAME') . ';charset=utf8mb4',
        getenv('EBPDOCS_DB_USER') ?: 'root',
        (string) getenv('EBPDOCS_DB_PASSWORD'),
        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
    );
    $name = $pdo->query('SELECT file_name FROM ps_ebpdocuments_document WHERE id_document = ' . (int) ($_GET['id'] ?? 0))->fetchColumn();
    $path = getenv('EBPDOCS_HARNESS_DIR') . '/storage/' . $name;
    if (!is_string($name) || !is_file($path)) {
        http_response_code(404);

        return;
    }
    while (ob_get_level() > 0) {
        ob_end_clean();
    }
    header('Content-Type: application/pdf');
    header('Content-Length: ' . filesize($path));
    header('Content-Disposition: attachment; filename="document.pdf"');
    readfile($path);
})();
