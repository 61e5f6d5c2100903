{**
 * Mount point of the back-office app (built by Vite into views/js/admin-app/ and views/css/admin-app/).
 * Its data comes from window.ebpdocumentsAdminApp (one Media::addJsDef).
 *}
<div id="ebpdocuments-admin-app"></div>
<noscript>
  <div class="alert alert-warning">{l s='This page needs JavaScript. Turn it on in your browser to manage EBP documents.' d='Modules.Ebpdocuments.Admin'}</div>
</noscript>
<script type="module" src="{$ebpdocuments_app_script|escape:'html':'UTF-8'}"></script>
