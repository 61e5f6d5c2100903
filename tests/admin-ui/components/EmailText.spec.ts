import { mount } from '@vue/test-utils';
import EmailText from '@/components/EmailText.vue';

describe('EmailText', () => {
  it('lets an e-mail wrap only after @ and before dots, never inside a word (not even at its hyphens)', () => {
    const wrapper = mount(EmailText, { props: { email: 'inconnu.tres.long@entreprise-exemple.fr' } });
    expect(wrapper.text()).toBe('inconnu.tres.long@entreprise-exemple.fr');
    const html = wrapper.html().replace(/<!--[^>]*-->/g, '').replace(/ data-v-[0-9a-f]+=""/g, '').replace(/<span class="ebpdocuments-email-part">([^<]*)<\/span>/g, '[$1]');
    expect(html).toContain('[inconnu]<wbr>[.tres]<wbr>[.long@]<wbr>[entreprise-exemple]<wbr>[.fr]');
  });
});
