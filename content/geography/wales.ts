// Wales's health boards, local authorities, regional partnership boards and primary
// care clusters, with official codes and names in both languages.
import type { z } from 'zod';
import type { Geography } from '../schema.ts';

export const geography: z.input<typeof Geography> = {
  healthBoards: [
    { id: 'abuhb', odsCode: '7A6', gssCode: 'W11000028', region: 'gwent', name: { en: 'Aneurin Bevan University Health Board', cy: 'Bwrdd Iechyd Prifysgol Aneurin Bevan' } },
    { id: 'bcuhb', odsCode: '7A1', gssCode: 'W11000023', region: 'north-wales', name: { en: 'Betsi Cadwaladr University Health Board', cy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr' } },
    { id: 'cavuhb', odsCode: '7A4', gssCode: 'W11000029', region: 'cardiff-and-vale', name: { en: 'Cardiff and Vale University Health Board', cy: "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro" } },
    { id: 'ctmuhb', odsCode: '7A5', gssCode: 'W11000030', region: 'cwm-taf-morgannwg', name: { en: 'Cwm Taf Morgannwg University Health Board', cy: 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg' } },
    { id: 'hduhb', odsCode: '7A2', gssCode: 'W11000025', region: 'west-wales', name: { en: 'Hywel Dda University Health Board', cy: 'Bwrdd Iechyd Prifysgol Hywel Dda' } },
    { id: 'pthb', odsCode: '7A7', gssCode: 'W11000024', region: 'powys', name: { en: 'Powys Teaching Health Board', cy: 'Bwrdd Iechyd Addysgu Powys' } },
    { id: 'sbuhb', odsCode: '7A3', gssCode: 'W11000031', region: 'west-glamorgan', name: { en: 'Swansea Bay University Health Board', cy: 'Bwrdd Iechyd Prifysgol Bae Abertawe' } },
  ],
  localAuthorities: [
    { id: 'isle-of-anglesey', gssCode: 'W06000001', healthBoard: 'bcuhb', name: { en: 'Isle of Anglesey', cy: 'Ynys Môn' } },
    { id: 'gwynedd', gssCode: 'W06000002', healthBoard: 'bcuhb', name: { en: 'Gwynedd', cy: 'Gwynedd' } },
    { id: 'conwy', gssCode: 'W06000003', healthBoard: 'bcuhb', name: { en: 'Conwy', cy: 'Conwy' } },
    { id: 'denbighshire', gssCode: 'W06000004', healthBoard: 'bcuhb', name: { en: 'Denbighshire', cy: 'Sir Ddinbych' } },
    { id: 'flintshire', gssCode: 'W06000005', healthBoard: 'bcuhb', name: { en: 'Flintshire', cy: 'Sir y Fflint' } },
    { id: 'wrexham', gssCode: 'W06000006', healthBoard: 'bcuhb', name: { en: 'Wrexham', cy: 'Wrecsam' } },
    { id: 'ceredigion', gssCode: 'W06000008', healthBoard: 'hduhb', name: { en: 'Ceredigion', cy: 'Ceredigion' } },
    { id: 'pembrokeshire', gssCode: 'W06000009', healthBoard: 'hduhb', name: { en: 'Pembrokeshire', cy: 'Sir Benfro' } },
    { id: 'carmarthenshire', gssCode: 'W06000010', healthBoard: 'hduhb', name: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' } },
    { id: 'swansea', gssCode: 'W06000011', healthBoard: 'sbuhb', name: { en: 'Swansea', cy: 'Abertawe' } },
    { id: 'neath-port-talbot', gssCode: 'W06000012', healthBoard: 'sbuhb', name: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' } },
    { id: 'bridgend', gssCode: 'W06000013', healthBoard: 'ctmuhb', name: { en: 'Bridgend', cy: 'Pen-y-bont ar Ogwr' } },
    { id: 'vale-of-glamorgan', gssCode: 'W06000014', healthBoard: 'cavuhb', name: { en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' } },
    { id: 'cardiff', gssCode: 'W06000015', healthBoard: 'cavuhb', name: { en: 'Cardiff', cy: 'Caerdydd' } },
    { id: 'rhondda-cynon-taf', gssCode: 'W06000016', healthBoard: 'ctmuhb', name: { en: 'Rhondda Cynon Taf', cy: 'Rhondda Cynon Taf' } },
    { id: 'caerphilly', gssCode: 'W06000018', healthBoard: 'abuhb', name: { en: 'Caerphilly', cy: 'Caerffili' } },
    { id: 'blaenau-gwent', gssCode: 'W06000019', healthBoard: 'abuhb', name: { en: 'Blaenau Gwent', cy: 'Blaenau Gwent' } },
    { id: 'torfaen', gssCode: 'W06000020', healthBoard: 'abuhb', name: { en: 'Torfaen', cy: 'Tor-faen' } },
    { id: 'monmouthshire', gssCode: 'W06000021', healthBoard: 'abuhb', name: { en: 'Monmouthshire', cy: 'Sir Fynwy' } },
    { id: 'newport', gssCode: 'W06000022', healthBoard: 'abuhb', name: { en: 'Newport', cy: 'Casnewydd' } },
    { id: 'powys', gssCode: 'W06000023', healthBoard: 'pthb', name: { en: 'Powys', cy: 'Powys' } },
    { id: 'merthyr-tydfil', gssCode: 'W06000024', healthBoard: 'ctmuhb', name: { en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' } },
  ],
  regions: [
    { id: 'cardiff-and-vale', healthBoard: 'cavuhb', name: { en: 'Cardiff and Vale', cy: "Caerdydd a'r Fro" } },
    { id: 'cwm-taf-morgannwg', healthBoard: 'ctmuhb', name: { en: 'Cwm Taf Morgannwg', cy: 'Cwm Taf Morgannwg' } },
    { id: 'gwent', healthBoard: 'abuhb', name: { en: 'Gwent', cy: 'Gwent' } },
    { id: 'north-wales', healthBoard: 'bcuhb', name: { en: 'North Wales', cy: 'Gogledd Cymru' } },
    { id: 'powys', healthBoard: 'pthb', name: { en: 'Powys', cy: 'Powys' } },
    { id: 'west-glamorgan', healthBoard: 'sbuhb', name: { en: 'West Glamorgan', cy: 'Gorllewin Morgannwg' } },
    { id: 'west-wales', healthBoard: 'hduhb', name: { en: 'West Wales', cy: 'Gorllewin Cymru' } },
  ],
  clusters: [
    { id: 'rhondda', healthBoard: 'ctmuhb', verified: true, name: { en: 'Rhondda', cy: 'Rhondda' } },
  ],
  sources: ['wg-cabinet-paper-nffsp'],
};
