{*
 * The one-time code forms of My documents (documents.tpl), one step at a time: "Send me a code" until a code can
 * still be typed, then the code field (with "Send me a new code").
 *}
{if !$ebpdocuments.claim.codeSent}
  <form method="post" action="{$ebpdocuments.formUrl|escape:'html':'UTF-8'}" class="mb-2" data-step="send-code">
    <input type="hidden" name="token" value="{$ebpdocuments.formToken|escape:'html':'UTF-8'}">
    <input type="hidden" name="action" value="requestClaimCode">
    <button type="submit" class="btn btn-outline-primary">{l s='Send me a code' d='Modules.Ebpdocuments.Shop'}</button>
  </form>
{else}
  <form method="post" action="{$ebpdocuments.formUrl|escape:'html':'UTF-8'}" class="mb-2" data-step="enter-code">
    <input type="hidden" name="token" value="{$ebpdocuments.formToken|escape:'html':'UTF-8'}">
    <input type="hidden" name="action" value="claimDocuments">
    <label for="ebpdocuments-claim-code" class="d-block">{l s='Code received by e-mail' d='Modules.Ebpdocuments.Shop'}</label>
    <input id="ebpdocuments-claim-code" class="form-control mb-2" type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7" required>
    <button type="submit" class="btn btn-primary">{l s='Retrieve my documents' d='Modules.Ebpdocuments.Shop'}</button>
  </form>
  <form method="post" action="{$ebpdocuments.formUrl|escape:'html':'UTF-8'}">
    <input type="hidden" name="token" value="{$ebpdocuments.formToken|escape:'html':'UTF-8'}">
    <input type="hidden" name="action" value="requestClaimCode">
    <button type="submit" class="btn btn-link p-0">{l s='Send me a new code' d='Modules.Ebpdocuments.Shop'}</button>
  </form>
{/if}
