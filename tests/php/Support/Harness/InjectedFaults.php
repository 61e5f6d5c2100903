<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Database\DatabaseException;

/**
 * HARNESS ONLY: the hook of an InterceptingConnection that fails on purpose, driven by a JSON file that tests write,
 * to prove crash safety. The file holds a list of faults {"on": "<regex on SQL, or COMMIT>", "times": n,
 * "action": "throw"|"exit"}. "COMMIT" fires at the end of a transaction's work, after its files were written and
 * before it commits; "exit" kills the PHP process there, like a crash.
 */
final class InjectedFaults
{
    /** @var string */
    private $faultFile;

    public function __construct(string $faultFile)
    {
        $this->faultFile = $faultFile;
    }

    public function __invoke(string $sql): void
    {
        if (!is_file($this->faultFile)) {
            return;
        }
        $faults = json_decode((string) file_get_contents($this->faultFile), true);
        if (!is_array($faults)) {
            return;
        }
        foreach ($faults as $index => $fault) {
            $matches = $fault['on'] === 'COMMIT' ? $sql === 'COMMIT' : preg_match($fault['on'], $sql) === 1;
            if (!$matches || (int) $fault['times'] <= 0) {
                continue;
            }
            $faults[$index]['times'] = (int) $fault['times'] - 1;
            file_put_contents($this->faultFile, json_encode($faults), LOCK_EX);
            if (($fault['action'] ?? 'throw') === 'exit') {
                exit(1);
            }
            // A failure that is not transient (a lost connection or a deadlock would be retried and succeed).
            throw DatabaseException::fromError(1030, 'Injected fault: Got error 28 "No space left on device" from storage engine');
        }
    }
}
