import './legacy-theme.css';
import { MOUNT_ID } from './boot';
import { mountAdminApp } from './mount';

const element = document.getElementById(MOUNT_ID);
if (element) {
  mountAdminApp(element);
}
