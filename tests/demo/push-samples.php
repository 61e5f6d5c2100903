<?php

/**
 * ./build.sh demo: pushes a set of sample EBP documents through the module's real receiving doors, the way the
 * connectors do (E-connecteur form POST with base64, urlencoded and multipart; API v1 multipart and batch), and
 * prints what each door answered. Works against the PHP harness and against a real shop alike.
 *
 * Environment: DEMO_RECEIVE_URL, DEMO_API_URL (base URL; the route goes in ?route=), DEMO_KEY (module key),
 * DEMO_WS_KEY (optional: the shop's Webservice key, as E-connecteur sends it), DEMO_ALICE, DEMO_BOB (registered
 * customers' e-mails), DEMO_GUEST (optional: an e-mail only a guest checkout used), DEMO_UNKNOWN (nobody's e-mail),
 * DEMO_PREFIX (makes document numbers unique in a shop that already has demo documents).
 */

declare(strict_types=1);

function env(string $name, ?string $default = null): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        if ($default === null) {
            fwrite(STDERR, "push-samples.php: set $name\n");
            exit(2);
        }

        return $default;
    }

    return $value;
}

/** A small real PDF: one page of text, correct cross-reference table. */
function samplePdf(array $lines): string
{
    $text = "BT\n/F1 14 Tf\n56 780 Td\n18 TL\n";
    foreach ($lines as $line) {
        $text .= '(' . addcslashes($line, '()\\') . ") '\n";
    }
    $text .= 'ET';
    $objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        '<< /Length ' . strlen($text) . " >>\nstream\n" . $text . "\nendstream",
    ];
    $pdf = "%PDF-1.4\n";
    $offsets = [];
    foreach ($objects as $i => $object) {
        $offsets[] = strlen($pdf);
        $pdf .= ($i + 1) . " 0 obj\n" . $object . "\nendobj\n";
    }
    $xref = strlen($pdf);
    $pdf .= "xref\n0 " . (count($objects) + 1) . "\n0000000000 65535 f \n";
    foreach ($offsets as $offset) {
        $pdf .= sprintf("%010d 00000 n \n", $offset);
    }

    return $pdf . 'trailer << /Size ' . (count($objects) + 1) . " /Root 1 0 R >>\nstartxref\n" . $xref . "\n%%EOF\n";
}

function document(string $kind, string $number, string $customer): string
{
    return samplePdf(['EBP Demo - ' . $kind . ' ' . $number, 'Client : ' . $customer, 'Date : ' . date('Y-m-d'), 'Total TTC : 45,89 EUR']);
}

/** @return array{0: int, 1: string} */
function post(string $url, $body, array $headers = []): array
{
    $curl = curl_init($url);
    curl_setopt_array($curl, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => true, CURLOPT_HTTPHEADER => $headers, CURLOPT_TIMEOUT => 60]);
    $answer = (string) curl_exec($curl);
    $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);

    return [$status, $answer];
}

function apiUrl(string $base, string $route): string
{
    return $base . (strpos($base, '?') === false ? '?' : '&') . 'route=' . rawurlencode($route);
}

function report(string $what, array $answer): void
{
    $text = preg_replace('/\s+/', ' ', $answer[1]);
    printf("  %-58s HTTP %d  %s\n", $what, $answer[0], mb_strimwidth((string) $text, 0, 150, '…'));
}

$receive = env('DEMO_RECEIVE_URL');
$api = env('DEMO_API_URL');
$key = env('DEMO_KEY');
$wsKey = env('DEMO_WS_KEY', '');
$alice = env('DEMO_ALICE');
$bob = env('DEMO_BOB');
$guest = env('DEMO_GUEST', '');
$unknown = env('DEMO_UNKNOWN');
$prefix = strtoupper(env('DEMO_PREFIX', 'DEMO'));
$number = function (string $type, int $n) use ($prefix): string {
    return $type . $prefix . sprintf('%04d', $n);
};

echo "Pushing sample documents\n";
$econnecteur = function (string $type, string $reference, string $email, string $customer, string $useKey, bool $multipart = false) use ($receive) {
    $fields = ['key' => $useKey, 'email' => $email, 'type' => $type, 'reference' => $reference, 'oid' => '',
        // As .NET writes it: base64 with line breaks every 76 characters.
        'pdf' => chunk_split(base64_encode(document($type, $reference, $customer)), 76, "\r\n")];

    return post($receive, $multipart ? $fields : http_build_query($fields));
};

$first = [$econnecteur('Facture', $number('FA', 1), $alice, 'Alice', $key)];
report('E-connecteur, facture for ' . $alice, $first[0]);
report('E-connecteur, bon de livraison, e-mail in upper case', $econnecteur('Bon de livraison', $number('BL', 1), '  ' . strtoupper($alice) . ' ', 'Alice', $key, true));
report('E-connecteur, avoir for ' . $bob . ($wsKey !== '' ? ' (Webservice key)' : ''), $econnecteur('Avoir', $number('AV', 1), $bob, 'Bob', $wsKey !== '' ? $wsKey : $key));
report('E-connecteur, devis for an unknown e-mail', $econnecteur('Devis', $number('DE', 1), $unknown, 'Inconnu', $key));
if ($guest !== '') {
    report('E-connecteur, facture for a guest-only e-mail', $econnecteur('Facture', $number('FA', 2), $guest, 'Invite', $key));
}
report('E-connecteur, the first facture again (a resend)', $econnecteur('Facture', $number('FA', 1), $alice, 'Alice', $key));

$file = tempnam(sys_get_temp_dir(), 'ebpdemo');
file_put_contents($file, document('Facture', $number('FA', 3), 'Bob'));
report('API v1, invoice with date and totals for ' . $bob, post(apiUrl($api, 'v1/documents'), [
    'type' => 'invoice', 'number' => $number('FA', 3), 'email' => $bob, 'date' => date('Y-m-d'),
    'total_tax_excl' => '38.24', 'total_tax_incl' => '45.89', 'currency' => 'EUR',
    'pdf' => new CURLFile($file, 'application/pdf', $number('FA', 3) . '.pdf'),
], ['Authorization: Bearer ' . $key]));
$order = tempnam(sys_get_temp_dir(), 'ebpdemo');
file_put_contents($order, document('Commande', $number('CO', 1), 'Alice'));
$quote = tempnam(sys_get_temp_dir(), 'ebpdemo');
file_put_contents($quote, document('Devis', $number('DE', 2), 'Inconnu'));
report('API v1 batch: order for Alice, quote for an unknown e-mail', post(apiUrl($api, 'v1/documents/batch'), [
    'documents' => json_encode([
        ['type' => 'order', 'number' => $number('CO', 1), 'email' => $alice, 'file' => 'f0'],
        ['type' => 'quote', 'number' => $number('DE', 2), 'email' => $unknown, 'file' => 'f1'],
    ]),
    'f0' => new CURLFile($order, 'application/pdf', 'f0.pdf'),
    'f1' => new CURLFile($quote, 'application/pdf', 'f1.pdf'),
], ['Authorization: Bearer ' . $key]));
foreach ([$file, $order, $quote] as $temp) {
    @unlink($temp);
}
exit($first[0][0] === 200 ? 0 : 1);
