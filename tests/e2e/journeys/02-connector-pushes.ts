/**
 * Journey 2: a connector pushes documents exactly as E-connecteur does (form POST, base64, urlencoded and multipart,
 * with a module key and with the shop's Webservice key) and through API v1 (multipart file part; a batch with one
 * bad document). Before that, the people of the run come into being as they would: Alice and Bob register through
 * the shop's form and Alice places an order; Carol only exists as a guest row.
 */
import { expect } from 'vitest';
import { newActor, shot } from '../support/browser';
import { apiBatch, apiCreate, pushEconnecteurForm, pushEconnecteurMultipart } from '../support/connector';
import { createGuestCustomer, customerIdByEmail, documentByReference, one, query, recordEmailProof } from '../support/db';
import { ebpDocumentPdf } from '../support/pdf';
import { reference, run, type Pushed } from '../support/run';
import { checkoutFirstProduct, registerCustomer, visibleText } from '../support/shop';

export const NO_ACCOUNT_FR =
  "Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n'existe sur le site.";

function remember(ref: string, type: string, email: string, bytes: Buffer): Pushed {
  const pushed = { reference: ref, type, email, bytes };
  run.pushed.set(ref, pushed);
  return pushed;
}

export async function customersArrive(): Promise<void> {
  for (const who of [run.alice, run.bob]) {
    const { context, page } = await newActor();
    await registerCustomer(page, who);
    await shot(page, `fo-registered-${who.firstname.toLowerCase()}`);
    expect(await visibleText(page, 'header')).toContain(`${who.firstname} ${who.lastname}`);
    if (who === run.alice) {
      await checkoutFirstProduct(page, { address1: '12 rue des Lilas', postcode: '75011', city: 'Paris' });
      await shot(page, 'fo-alice-order-confirmation');
    }
    await context.close();
  }
  const aliceId = await customerIdByEmail(run.alice.email);
  expect(aliceId).not.toBeNull();
  const order = await one<{ reference: string }>('SELECT reference FROM PREFIX_orders WHERE id_customer = ? ORDER BY id_order DESC LIMIT 1', [aliceId]);
  expect(order, 'Alice placed an order').not.toBeNull();
  run.aliceOrderReference = String(order?.reference);
  // Alice and Bob confirmed their addresses once (one-time code): documents matched by their e-mail reach them at
  // once. Carol does not: journey 5 shows her documents waiting for that confirmation.
  await recordEmailProof(run.alice.email);
  await recordEmailProof(run.bob.email);
  await createGuestCustomer(run.carol.email, run.carol.firstname, run.carol.lastname);
}

export async function connectorPushesDocuments(): Promise<void> {
  const aliceId = await customerIdByEmail(run.alice.email);
  const bobId = await customerIdByEmail(run.bob.email);

  // 1. Alice's billing e-mail, form-urlencoded with CRLF-wrapped base64: attached.
  const invoice = remember(reference('FA', 1), 'Facture', run.alice.email, ebpDocumentPdf('Facture', reference('FA', 1), 'Alice Martin'));
  let answer = await pushEconnecteurForm(run.receiveUrl, { key: run.moduleKey, email: invoice.email, type: invoice.type, reference: invoice.reference, pdf: invoice.bytes });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.contentType).toMatch(/^text\/plain/);
  expect(answer.text).toMatch(/enregistré pour le client/);
  let row = await documentByReference(invoice.reference);
  expect(row).toMatchObject({ type: 'invoice', status: 'attached', id_customer: aliceId, version: 1 });

  // 2. The same e-mail typed in upper case with spaces, multipart: attached to Alice too.
  const delivery = remember(reference('BL', 1), 'Bon de livraison', `  ${run.alice.email.toUpperCase()}  `, ebpDocumentPdf('Bon de livraison', reference('BL', 1), 'Alice Martin'));
  answer = await pushEconnecteurMultipart(run.receiveUrl, { key: run.moduleKey, email: delivery.email, type: delivery.type, reference: delivery.reference, pdf: delivery.bytes });
  expect(answer.status, answer.text).toBe(200);
  row = await documentByReference(delivery.reference);
  expect(row).toMatchObject({ type: 'delivery', status: 'attached', id_customer: aliceId });

  // 3. An e-mail nobody has an account with: 200 and the French notice E-connecteur shows.
  const quote = remember(reference('DE', 1), 'Devis', run.unknownEmail, ebpDocumentPdf('Devis', reference('DE', 1), 'Inconnu'));
  answer = await pushEconnecteurForm(run.receiveUrl, { key: run.moduleKey, email: quote.email, type: quote.type, reference: quote.reference, pdf: quote.bytes });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.text).toContain(NO_ACCOUNT_FR);
  row = await documentByReference(quote.reference);
  expect(row).toMatchObject({ status: 'pending', reason: 'NO_ACCOUNT', id_customer: null });

  // 4. An e-mail that only a guest checkout used: waiting, 200 with a notice.
  const guestInvoice = remember(reference('FA', 2), 'Facture', run.carol.email, ebpDocumentPdf('Facture', reference('FA', 2), 'Carol Petit'));
  const guestFields = { key: run.moduleKey, email: guestInvoice.email, type: guestInvoice.type, reference: guestInvoice.reference, pdf: guestInvoice.bytes };
  answer = await pushEconnecteurForm(run.receiveUrl, guestFields);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.text).toMatch(/en attente d'un compte client/);
  row = await documentByReference(guestInvoice.reference);
  expect(row).toMatchObject({ status: 'pending', reason: 'GUEST_ONLY', id_customer: null });

  // 5. The same one again (E-connecteur resends): unchanged, still one row.
  answer = await pushEconnecteurForm(run.receiveUrl, guestFields);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.text).toMatch(/déjà reçu, inchangé/);
  const copies = await query('SELECT id_document, version FROM PREFIX_ebpdocuments_document WHERE reference = ?', [guestInvoice.reference]);
  expect(copies).toHaveLength(1);
  expect(Number(copies[0]?.version)).toBe(1);

  // 6. New bytes for Alice's invoice (EBP re-printed it): replaced, version 2.
  invoice.bytes = ebpDocumentPdf('Facture', invoice.reference, 'Alice Martin', '(rectifiee)');
  answer = await pushEconnecteurMultipart(run.receiveUrl, { key: run.moduleKey, email: invoice.email, type: invoice.type, reference: invoice.reference, pdf: invoice.bytes });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.text).toMatch(/Nouvelle version/);
  row = await documentByReference(invoice.reference);
  expect(row).toMatchObject({ status: 'attached', id_customer: aliceId, version: 2 });

  // 7. E-connecteur's usual key: the shop's Webservice key. A credit note for Alice, and Bob's own invoice.
  const creditNote = remember(reference('AV', 1), 'Avoir', run.alice.email, ebpDocumentPdf('Avoir', reference('AV', 1), 'Alice Martin'));
  answer = await pushEconnecteurForm(run.receiveUrl, { key: run.webserviceKey, email: creditNote.email, type: creditNote.type, reference: creditNote.reference, pdf: creditNote.bytes });
  expect(answer.status, answer.text).toBe(200);
  expect(await documentByReference(creditNote.reference)).toMatchObject({ type: 'credit_note', status: 'attached', id_customer: aliceId });
  const bobInvoice = remember(reference('FB', 1), 'Facture', run.bob.email, ebpDocumentPdf('Facture', reference('FB', 1), 'Bob Durand'));
  answer = await pushEconnecteurForm(run.receiveUrl, { key: run.webserviceKey, email: bobInvoice.email, type: bobInvoice.type, reference: bobInvoice.reference, pdf: bobInvoice.bytes });
  expect(answer.status, answer.text).toBe(200);
  expect(await documentByReference(bobInvoice.reference)).toMatchObject({ status: 'attached', id_customer: bobId });

  // A wrong key is refused with a French message, and nothing is stored.
  answer = await pushEconnecteurForm(run.receiveUrl, { key: 'not-a-key', email: run.alice.email, type: 'Facture', reference: reference('FX', 1), pdf: invoice.bytes });
  expect(answer.status).toBe(401);
  expect(answer.text).toMatch(/clé/i);
  expect(await documentByReference(reference('FX', 1))).toBeNull();

  // 8. API v1, one document as multipart with the PDF as a file part, linked to Alice's web order.
  const orderInvoice = remember(reference('FA', 3), 'invoice', run.alice.email, ebpDocumentPdf('Facture', reference('FA', 3), 'Alice Martin', run.aliceOrderReference));
  const created = await apiCreate(run.apiUrl, run.moduleKey, {
    type: 'invoice',
    number: orderInvoice.reference,
    email: run.alice.email,
    order_reference: run.aliceOrderReference,
    date: new Date().toISOString().slice(0, 10),
    total_tax_excl: '38.24',
    total_tax_incl: '45.89',
    currency: 'EUR',
  }, orderInvoice.bytes);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  expect(created.json).toMatchObject({ outcome: 'created', document: { status: 'attached', customerAttached: true, orderLinked: true } });

  // 9. A batch of three where the second is bad (no PDF): the others are stored, each gets its own result.
  const batchQuote = remember(reference('DE', 2), 'quote', run.alice.email, ebpDocumentPdf('Devis', reference('DE', 2), 'Alice Martin'));
  const batchOrder = remember(reference('CO', 1), 'order', run.unknownEmail, ebpDocumentPdf('Commande', reference('CO', 1), 'Inconnu'));
  const batch = await apiBatch(run.apiUrl, run.moduleKey, [
    { metadata: { type: 'quote', number: batchQuote.reference, email: batchQuote.email }, pdf: batchQuote.bytes },
    { metadata: { type: 'invoice', number: reference('FA', 9), email: run.alice.email }, pdf: null },
    { metadata: { type: 'order', number: batchOrder.reference, email: batchOrder.email }, pdf: batchOrder.bytes },
  ]);
  expect(batch.status, JSON.stringify(batch.json)).toBe(200);
  expect(batch.json.summary).toEqual({ total: 3, ok: 2, failed: 1 });
  expect(batch.json.results[1]).toMatchObject({ ok: false, error: { field: 'file1' } });
  expect(await documentByReference(batchQuote.reference)).toMatchObject({ status: 'attached', id_customer: aliceId });
  expect(await documentByReference(batchOrder.reference)).toMatchObject({ status: 'pending', reason: 'NO_ACCOUNT' });
  expect(await documentByReference(reference('FA', 9))).toBeNull();
  run.pushed.delete(reference('FA', 9));
}
