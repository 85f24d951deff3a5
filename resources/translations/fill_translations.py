#!/usr/bin/env python3
"""Fills thaid_th.ts and thaid_en.ts from the catalogue below after `update_translations`.

English is the source language, so its catalogue repeats the sources (with proper plurals);
Thai comes from THAI. A source missing here is left unfinished, which tests/unit fails on.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

THAI = {
    "The smart-card service (pcscd) is not running. Ask IT to start it (systemctl start pcscd).":
        "บริการสมาร์ตการ์ด (pcscd) ไม่ทำงาน ให้แจ้งฝ่ายไอทีเปิดบริการ (systemctl start pcscd)",
    "No card reader found. Check that the reader is plugged in.":
        "ไม่พบเครื่องอ่านบัตร ตรวจสอบว่าเสียบเครื่องอ่านบัตรไว้แล้ว",
    "No card in the reader. Insert the citizen's ID card, chip first.":
        "ไม่มีบัตรในเครื่องอ่าน ให้เสียบบัตรประชาชนของผู้มาติดต่อ โดยหันด้านชิปเข้าก่อน",
    "Another program is using the card. Close it, then try again.":
        "มีโปรแกรมอื่นใช้งานบัตรอยู่ ให้ปิดโปรแกรมนั้นแล้วลองใหม่",
    "The card was removed while it was being read. Insert it again and keep it in the reader.":
        "บัตรถูกดึงออกระหว่างการอ่าน ให้เสียบบัตรใหม่และคาไว้ในเครื่องอ่านจนอ่านเสร็จ",
    "This is not a Thai national ID card. Insert the citizen's ID card.":
        "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ให้เสียบบัตรประชาชนของผู้มาติดต่อ",
    "The card gave an unexpected answer. Remove it, insert it again and retry; if it fails again, use the manual process.":
        "บัตรตอบกลับผิดปกติ ให้ถอดบัตรแล้วเสียบใหม่และลองอีกครั้ง หากยังไม่ได้ให้ใช้ขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง",
    "The reader could not talk to the card. Clean the chip, insert the card again and retry.":
        "เครื่องอ่านสื่อสารกับบัตรไม่ได้ ให้ทำความสะอาดชิป เสียบบัตรใหม่ แล้วลองอีกครั้ง",
    "Reading was cancelled.": "ยกเลิกการอ่านบัตรแล้ว",
    "The citizen ID on the card fails its check digit. The card cannot be used; refer the citizen to the manual process.":
        "เลขประจำตัวประชาชนในบัตรไม่ผ่านการตรวจเลขหลักสุดท้าย ใช้บัตรนี้ไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง",
    "A date on the card is not valid. Refer the citizen to the manual process.":
        "วันที่ในบัตรไม่ถูกต้อง ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง",
    "Some text on the card has unreadable characters (%1). Check it against the printed card.":
        "ข้อความบางส่วนในบัตรมีอักขระที่อ่านไม่ได้ (%1) ให้ตรวจเทียบกับข้อมูลที่พิมพ์บนบัตร",
    "The photo on the card is damaged, so the face cannot be compared. Refer the citizen to the manual process.":
        "รูปถ่ายในบัตรเสียหาย เทียบใบหน้าไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง",
    "The card has expired. The citizen needs a new card first.":
        "บัตรหมดอายุแล้ว ผู้มาติดต่อต้องทำบัตรใหม่ก่อน",
    "The sex field on the card is not valid.": "ข้อมูลเพศในบัตรไม่ถูกต้อง",
    "The card data is not valid (%1).": "ข้อมูลในบัตรไม่ถูกต้อง (%1)",
    "Jan": "ม.ค.", "Feb": "ก.พ.", "Mar": "มี.ค.", "Apr": "เม.ย.", "May": "พ.ค.", "Jun": "มิ.ย.",
    "Jul": "ก.ค.", "Aug": "ส.ค.", "Sep": "ก.ย.", "Oct": "ต.ค.", "Nov": "พ.ย.", "Dec": "ธ.ค.",
    "%1 BE": "พ.ศ. %1",
    "%1 %2 BE": "%1 %2",
    "%1 %2 %3 BE": "%1 %2 %3",
    "Read the Thai national ID card in a reader and print its data.":
        "อ่านบัตรประจำตัวประชาชนจากเครื่องอ่านบัตรและแสดงข้อมูล",
    "Exit codes:\n"
    "  0  the card was read\n"
    "  1  wrong usage\n"
    "  2  no reader or no card within --wait\n"
    "  3  not a Thai ID card\n"
    "  4  card removed during the read\n"
    "  5  PC/SC service (pcscd) unavailable\n"
    "  6  card data invalid (the record is printed, with the problems as warnings)\n"
    "  7  card held by another program\n"
    "  8  card or reader error (unexpected answer, communication failure)":
        "รหัสการจบการทำงาน:\n"
        "  0  อ่านบัตรสำเร็จ\n"
        "  1  ใช้คำสั่งไม่ถูกต้อง\n"
        "  2  ไม่พบเครื่องอ่านหรือไม่มีบัตรภายในเวลา --wait\n"
        "  3  ไม่ใช่บัตรประจำตัวประชาชน\n"
        "  4  บัตรถูกดึงออกระหว่างการอ่าน\n"
        "  5  บริการ PC/SC (pcscd) ไม่พร้อมใช้งาน\n"
        "  6  ข้อมูลในบัตรไม่ถูกต้อง (แสดงข้อมูลพร้อมคำเตือนปัญหาที่พบ)\n"
        "  7  มีโปรแกรมอื่นใช้งานบัตรอยู่\n"
        "  8  บัตรหรือเครื่องอ่านผิดพลาด (ตอบกลับผิดปกติ หรือสื่อสารไม่ได้)",
    "Use this reader only.": "ใช้เฉพาะเครื่องอ่านนี้",
    "Seconds to wait for pcscd, a reader and a card.": "จำนวนวินาทีที่รอ pcscd เครื่องอ่าน และบัตร",
    "Print one JSON object.": "แสดงผลเป็นออบเจกต์ JSON หนึ่งรายการ",
    "Add card-link statistics.": "แสดงสถิติการสื่อสารกับบัตรเพิ่มเติม",
    "Write the photo (JPEG) to FILE.": "บันทึกรูปถ่าย (JPEG) ลงไฟล์ FILE",
    "--wait needs a number of seconds": "--wait ต้องระบุเป็นจำนวนวินาที",
    "Cannot write the photo to %1": "บันทึกรูปถ่ายลง %1 ไม่ได้",
    "Reader": "เครื่องอ่าน",
    "Citizen ID": "เลขประจำตัวประชาชน",
    "Name (Thai)": "ชื่อ (ภาษาไทย)",
    "Name (English)": "ชื่อ (ภาษาอังกฤษ)",
    "Date of birth": "วันเกิด",
    "invalid": "ไม่ถูกต้อง",
    "Sex": "เพศ",
    "male": "ชาย",
    "female": "หญิง",
    "unknown": "ไม่ทราบ",
    "Card request number": "เลขที่คำขอมีบัตร",
    "Issued by": "ออกบัตรโดย",
    "Issue date": "วันออกบัตร",
    "Expiry date": "วันบัตรหมดอายุ",
    "lifelong": "ตลอดชีพ",
    "Address": "ที่อยู่",
    "Photo number": "เลขใต้รูปถ่าย",
    "Photo": "รูปถ่าย",
    "%n byte(s)": ["%n ไบต์"],
    "Card exchanges": "จำนวนรอบสื่อสารกับบัตร",
    "Bytes received": "จำนวนไบต์ที่ได้รับ",
    "Time to text / photo": "เวลาได้ข้อความ / รูปถ่าย",
    "Warning: %1": "คำเตือน: %1",
    # Fingerprint
    "Enrolment: %1 of %2 scans done.": "ลงทะเบียนลายนิ้วมือ: สแกนแล้ว %1 จาก %2 ครั้ง",
    "Print JSON.": "แสดงผลเป็น JSON",
    "Key file for prints at rest (AES-256-GCM).": "ไฟล์กุญแจสำหรับเข้ารหัสลายนิ้วมือที่จัดเก็บ (AES-256-GCM)",
    "Use this scanner (id from 'list').": "ใช้เครื่องสแกนนี้ (รหัสจากคำสั่ง 'list')",
    "Seconds to wait for a finger.": "จำนวนวินาทีที่รอให้วางนิ้ว",
    "Seconds to wait for a scanner.": "จำนวนวินาทีที่รอเครื่องสแกน",
    "Exit codes: 0 match (or done), 1 no match, 2 no scanner, 3 no finger in time, 4 cancelled, 5 scanner unplugged, 6 scanner error, 7 print file damaged, 8 print encrypted with another key, 9 print not usable on this scanner, 10 key file missing or unsafe, 11 scanner busy, 64 wrong usage.":
        "รหัสการจบการทำงาน: 0 ตรงกัน (หรือสำเร็จ), 1 ไม่ตรงกัน, 2 ไม่พบเครื่องสแกน, 3 ไม่ได้วางนิ้วภายในเวลา, 4 ยกเลิก, 5 เครื่องสแกนถูกถอดออก, 6 เครื่องสแกนผิดพลาด, 7 ไฟล์ลายนิ้วมือเสียหาย, 8 ลายนิ้วมือเข้ารหัสด้วยกุญแจอื่น, 9 ใช้ลายนิ้วมือนี้กับเครื่องสแกนนี้ไม่ได้, 10 ไฟล์กุญแจหายหรือไม่ปลอดภัย, 11 เครื่องสแกนไม่ว่าง, 64 ใช้คำสั่งไม่ถูกต้อง",
    "List fingerprint scanners, enrol a finger, or verify one against a stored print.":
        "แสดงรายการเครื่องสแกนลายนิ้วมือ ลงทะเบียนนิ้ว หรือตรวจสอบนิ้วกับลายนิ้วมือที่จัดเก็บไว้",
    "Usage: thaid-kioskctl fingerprint list|enroll|verify [options]":
        "วิธีใช้: thaid-kioskctl fingerprint list|enroll|verify [ตัวเลือก]",
    "Lists fingerprint scanners and what each can do.": "แสดงรายการเครื่องสแกนลายนิ้วมือและความสามารถของแต่ละเครื่อง",
    "image scanner: verifies citizens against registry prints and signs officers in":
        "เครื่องสแกนแบบภาพ: ตรวจสอบลายนิ้วมือประชาชนกับข้อมูลทะเบียน และใช้ลงชื่อเข้าใช้ของเจ้าหน้าที่ได้",
    "match-on-chip sensor: signs officers in only; cannot verify citizens against registry prints":
        "เซนเซอร์จับคู่บนชิป: ใช้ลงชื่อเข้าใช้ของเจ้าหน้าที่ได้เท่านั้น ตรวจสอบลายนิ้วมือประชาชนกับข้อมูลทะเบียนไม่ได้",
    "Enrols one finger and writes its print, encrypted, to FILE.": "ลงทะเบียนนิ้วหนึ่งนิ้วและบันทึกลายนิ้วมือแบบเข้ารหัสลงไฟล์ FILE",
    "Where to write the print.": "ไฟล์ที่จะบันทึกลายนิ้วมือ",
    "Which finger (right-index, left-index, ...).": "นิ้วที่ใช้ (right-index, left-index, ...)",
    "enroll needs --out FILE and a valid --finger": "enroll ต้องระบุ --out FILE และ --finger ที่ถูกต้อง",
    "Enrolled; print written to %1": "ลงทะเบียนแล้ว บันทึกลายนิ้วมือที่ %1",
    "Verifies a finger 1:1 against a stored print.": "ตรวจสอบนิ้วแบบ 1:1 กับลายนิ้วมือที่จัดเก็บไว้",
    "The stored print.": "ไฟล์ลายนิ้วมือที่จัดเก็บไว้",
    "Failed matches before the final no-match.": "จำนวนครั้งที่ไม่ตรงกันก่อนสรุปว่าไม่ตรงกัน",
    "verify needs --print FILE": "verify ต้องระบุ --print FILE",
    "Match (attempt %1, %2 ms).": "ตรงกัน (ครั้งที่ %1, %2 มิลลิวินาที)",
    "Ask the citizen to place the index finger flat on the scanner.": "ให้ผู้มาติดต่อวางนิ้วชี้ราบบนเครื่องสแกน",
    "The finger was lifted too soon. Ask the citizen to keep it on the scanner a moment longer.":
        "ยกนิ้วออกเร็วเกินไป ให้ผู้มาติดต่อวางนิ้วค้างไว้นานขึ้นอีกเล็กน้อย",
    "The finger is off-centre. Ask the citizen to place it in the middle of the scanner.":
        "นิ้วไม่อยู่กลางเครื่องสแกน ให้ผู้มาติดต่อวางนิ้วตรงกลาง",
    "Ask the citizen to lift the finger and place it again.": "ให้ผู้มาติดต่อยกนิ้วขึ้นแล้ววางใหม่",
    "The scan was not clear. Ask the citizen to place the finger again, pressing gently.":
        "ภาพสแกนไม่ชัด ให้ผู้มาติดต่อวางนิ้วใหม่และกดเบา ๆ",
    "No fingerprint scanner found. Check that the scanner is plugged in.": "ไม่พบเครื่องสแกนลายนิ้วมือ ตรวจสอบว่าเสียบเครื่องไว้แล้ว",
    "The scanner is busy with another operation. Wait a moment and try again.": "เครื่องสแกนกำลังทำงานอื่นอยู่ รอสักครู่แล้วลองใหม่",
    "No finger was placed in time. Start the scan again when the citizen is ready.":
        "ไม่มีการวางนิ้วภายในเวลาที่กำหนด เริ่มสแกนใหม่เมื่อผู้มาติดต่อพร้อม",
    "The scan was cancelled.": "ยกเลิกการสแกนแล้ว",
    "The scanner was unplugged. Plug it in again, then retry.": "เครื่องสแกนถูกถอดออก ให้เสียบกลับแล้วลองใหม่",
    "The scanner reported an error. Unplug it, plug it in again and retry; if it persists, call IT.":
        "เครื่องสแกนแจ้งข้อผิดพลาด ให้ถอดแล้วเสียบใหม่และลองอีกครั้ง หากยังเป็นอยู่ให้แจ้งฝ่ายไอที",
    "The stored fingerprint is damaged. Enrol the finger again.": "ลายนิ้วมือที่จัดเก็บไว้เสียหาย ให้ลงทะเบียนนิ้วใหม่",
    "The stored fingerprint was encrypted with another key. Enrol the finger again on this kiosk.":
        "ลายนิ้วมือที่จัดเก็บไว้เข้ารหัสด้วยกุญแจอื่น ให้ลงทะเบียนนิ้วใหม่ที่เครื่องนี้",
    "The stored fingerprint cannot be checked on this scanner. Use an image scanner or enrol again.":
        "ตรวจลายนิ้วมือนี้กับเครื่องสแกนนี้ไม่ได้ ให้ใช้เครื่องสแกนแบบภาพ หรือลงทะเบียนใหม่",
    "The fingerprint key file is missing or unsafe. Ask IT to check it.": "ไฟล์กุญแจลายนิ้วมือหายหรือไม่ปลอดภัย ให้แจ้งฝ่ายไอทีตรวจสอบ",
    "The fingerprint does not match after the allowed attempts. Refer the citizen to the manual process.":
        "ลายนิ้วมือไม่ตรงกันครบจำนวนครั้งที่กำหนดแล้ว ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง",
    "No match (attempt %1 of %2). Ask the citizen to place the same finger again.":
        "ไม่ตรงกัน (ครั้งที่ %1 จาก %2) ให้ผู้มาติดต่อวางนิ้วเดิมอีกครั้ง",
    "The registry cannot be reached. Check the network cable; the kiosk keeps trying. If it does not come back, call IT.":
        "ติดต่อระบบทะเบียนไม่ได้ ตรวจสอบสายแลน เครื่องจะลองติดต่อใหม่เอง หากยังไม่ได้ให้แจ้งฝ่ายไอที",
    "The secure connection to the registry failed (certificate). Call IT: the station certificate or the registry CA needs attention.":
        "การเชื่อมต่อแบบปลอดภัยกับระบบทะเบียนล้มเหลว (ใบรับรอง) ให้แจ้งฝ่ายไอทีตรวจใบรับรองของเครื่องหรือของระบบทะเบียน",
    "The registry had an internal error. Wait a moment and try again.":
        "ระบบทะเบียนขัดข้องภายใน รอสักครู่แล้วลองใหม่",
    "The registry sent an answer the kiosk does not understand. Try again; if it happens again, call IT.":
        "ระบบทะเบียนตอบกลับในรูปแบบที่เครื่องไม่เข้าใจ ให้ลองใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที",
    "The registry is answering too slowly. Wait a moment and try again.":
        "ระบบทะเบียนตอบช้าเกินไป รอสักครู่แล้วลองใหม่",
    "The registry sent a QR code the kiosk cannot verify, so it is not shown. Cancel and start again; if it happens again, call IT.":
        "ระบบทะเบียนส่งคิวอาร์โค้ดที่ตรวจสอบลายมือชื่อไม่ผ่าน จึงไม่แสดง ให้ยกเลิกแล้วเริ่มใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที",
    "The code does not match the citizen's phone. Check the digits on the phone and type them again (%n tries left).":
        ["รหัสไม่ตรงกับที่แสดงบนโทรศัพท์ของผู้มาติดต่อ ตรวจตัวเลขบนโทรศัพท์แล้วพิมพ์ใหม่ (เหลืออีก %n ครั้ง)"],
    "This card is not the citizen's latest valid card. Ask for the newest card, or send the citizen to card services.":
        "บัตรนี้ไม่ใช่บัตรใบล่าสุดที่ยังใช้ได้ ขอบัตรใบล่าสุด หรือแนะนำให้ไปทำบัตรใหม่",
    "The registry needs a verified finger. Verify the citizen's finger first.":
        "ระบบทะเบียนต้องการผลยืนยันลายนิ้วมือ ให้ตรวจลายนิ้วมือของผู้มาติดต่อก่อน",
    "The registry refused this station or officer. Sign in again; if it happens again, call IT.":
        "ระบบทะเบียนปฏิเสธเครื่องนี้หรือเจ้าหน้าที่ ให้ลงชื่อเข้าใช้ใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที",
    "The session has expired. Start again from the card.":
        "รายการหมดเวลาแล้ว เริ่มใหม่ตั้งแต่การอ่านบัตร",
    "The registry does not know this session or citizen. Start again from the card.":
        "ระบบทะเบียนไม่พบรายการหรือข้อมูลผู้มาติดต่อนี้ เริ่มใหม่ตั้งแต่การอ่านบัตร",
    "The session has already moved on or ended. Start again from the card.":
        "รายการนี้ดำเนินไปแล้วหรือสิ้นสุดแล้ว เริ่มใหม่ตั้งแต่การอ่านบัตร",
    "The registry refused the request (%1). Start again; if it happens again, call IT.":
        "ระบบทะเบียนปฏิเสธคำขอ (%1) ให้เริ่มใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที",
    'Kiosk configuration.':
        'ไฟล์ตั้งค่าของเครื่อง',
    'Audit database (default: from the configuration).':
        'ฐานข้อมูลบันทึกตรวจสอบ (ค่าเริ่มต้น: ตามไฟล์ตั้งค่า)',
    'Verify the audit trail, or export its rows.':
        'ตรวจความครบถ้วนของบันทึกตรวจสอบ หรือส่งออกรายการบันทึก',
    'Usage: thaid-kioskctl audit verify|export [options]':
        'วิธีใช้: thaid-kioskctl audit verify|export [ตัวเลือก]',
    'Checks every row of the audit trail: the sequence has no gap, each row is chained to the one before, and each carries a valid checkpoint signed with the station key.\n\nExit codes: 0 intact, 1 wrong usage, 2 altered, removed or reordered rows, 3 the trail or certificate cannot be read.':
        'ตรวจทุกรายการของบันทึกตรวจสอบ: ลำดับไม่ขาดหาย แต่ละรายการเชื่อมโยงกับรายการก่อนหน้า และมีจุดตรวจที่ลงลายมือชื่อด้วยกุญแจของเครื่องถูกต้อง\n\nรหัสออก: 0 ครบถ้วน, 1 ใช้คำสั่งผิด, 2 มีรายการถูกแก้ไข ลบ หรือสลับลำดับ, 3 อ่านบันทึกหรือใบรับรองไม่ได้',
    'Station certificate whose key signs the checkpoints (default: from the configuration).':
        'ใบรับรองของเครื่องที่ใช้ลงลายมือชื่อจุดตรวจ (ค่าเริ่มต้น: ตามไฟล์ตั้งค่า)',
    'Cannot read %1 or %2':
        'อ่าน %1 หรือ %2 ไม่ได้',
    'Audit trail intact: %n row(s), chain and signatures valid.':
        ['บันทึกตรวจสอบครบถ้วน: %n รายการ ห่วงโซ่และลายมือชื่อถูกต้อง'],
    'Audit trail NOT intact: %1':
        'บันทึกตรวจสอบไม่ครบถ้วน: %1',
    'Prints audit rows as JSON lines (one object per row), oldest first.':
        'พิมพ์รายการบันทึกตรวจสอบเป็น JSON บรรทัดละหนึ่งรายการ เรียงจากเก่าไปใหม่',
    'Only rows at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T08:00:00Z).':
        'เฉพาะรายการตั้งแต่เวลานี้ (ISO 8601 เช่น 2026-11-27 หรือ 2026-11-27T08:00:00Z)',
    '--since needs an ISO 8601 date or time, not "%1"':
        '--since ต้องเป็นวันที่หรือเวลาแบบ ISO 8601 ไม่ใช่ "%1"',
    'Cannot read %1':
        'อ่าน %1 ไม่ได้',
    '%n row(s) exported.':
        ['ส่งออก %n รายการแล้ว'],
    'Enrol, list or remove the officers who may sign in on this kiosk.':
        'ลงทะเบียน แสดงรายชื่อ หรือลบเจ้าหน้าที่ที่เข้าใช้เครื่องนี้ได้',
    'Usage: thaid-kioskctl officer enroll|list|remove [options]':
        'วิธีใช้: thaid-kioskctl officer enroll|list|remove [ตัวเลือก]',
    "Reads the officer's own ID card, then enrols their index finger; the template is stored sealed with AES-256-GCM under the kiosk's print key.\n\nExit codes: 0 enrolled, 1 wrong usage, 2 card problem, 3 fingerprint problem, 4 storage problem.":
        'อ่านบัตรประชาชนของเจ้าหน้าที่ แล้วลงทะเบียนนิ้วชี้ แม่แบบลายนิ้วมือถูกเข้ารหัส AES-256-GCM ด้วยกุญแจของเครื่องก่อนจัดเก็บ\n\nรหัสออก: 0 ลงทะเบียนแล้ว, 1 ใช้คำสั่งผิด, 2 ปัญหาบัตร, 3 ปัญหาลายนิ้วมือ, 4 ปัญหาการจัดเก็บ',
    'Name shown at sign-in (default: the name on the card).':
        'ชื่อที่แสดงตอนเข้าใช้ (ค่าเริ่มต้น: ชื่อบนบัตร)',
    "Use this scanner (id from 'fingerprint list').":
        "ใช้เครื่องสแกนนี้ (รหัสจาก 'fingerprint list')",
    'right-index or left-index.':
        'right-index (นิ้วชี้ขวา) หรือ left-index (นิ้วชี้ซ้าย)',
    'Seconds to wait for the card and the scanner.':
        'จำนวนวินาทีที่รอบัตรและเครื่องสแกน',
    '--finger must be right-index or left-index':
        '--finger ต้องเป็น right-index หรือ left-index',
    "Insert the officer's own ID card.":
        'เสียบบัตรประชาชนของเจ้าหน้าที่เอง',
    'This card cannot be used: it is expired or its data is invalid.':
        'ใช้บัตรนี้ไม่ได้: บัตรหมดอายุหรือข้อมูลในบัตรไม่ถูกต้อง',
    'Card read: %1. Now the finger.':
        'อ่านบัตรแล้ว: %1 ต่อไปสแกนนิ้ว',
    'Officer enrolled: %1':
        'ลงทะเบียนเจ้าหน้าที่แล้ว: %1',
    'Lists the officers enrolled on this kiosk.':
        'แสดงรายชื่อเจ้าหน้าที่ที่ลงทะเบียนไว้ในเครื่องนี้',
    '%n officer(s) enrolled.':
        ['ลงทะเบียนไว้ %n คน'],
    'Removes an officer and their fingerprint template.':
        'ลบเจ้าหน้าที่และแม่แบบลายนิ้วมือของเจ้าหน้าที่',
    "The officer's 13-digit citizen ID.":
        'เลขประจำตัวประชาชน 13 หลักของเจ้าหน้าที่',
    "Name the officer's citizen ID.":
        'ระบุเลขประจำตัวประชาชนของเจ้าหน้าที่',
    'No officer with that ID is enrolled here.':
        'ไม่มีเจ้าหน้าที่เลขนี้ลงทะเบียนไว้ในเครื่องนี้',
    'Officer removed.':
        'ลบเจ้าหน้าที่แล้ว',
    'Insert your own ID card to sign in.':
        'เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งาน',
    'Reading your card…':
        'กำลังอ่านบัตรของท่าน…',
    'Your card was removed before sign-in finished. Insert it again.':
        'บัตรของท่านถูกดึงออกก่อนเข้าใช้งานเสร็จ ให้เสียบบัตรอีกครั้ง',
    'The card was removed, so the registration was stopped and its data erased. Insert a card to start again.':
        'บัตรถูกดึงออก จึงหยุดการลงทะเบียนและลบข้อมูลแล้ว เสียบบัตรเพื่อเริ่มใหม่',
    'Remove the card and insert it again.':
        'ถอดบัตรแล้วเสียบใหม่อีกครั้ง',
    'This card is not enrolled as an officer on this kiosk. Ask IT to enrol you (thaid-kioskctl officer enroll).':
        'บัตรนี้ไม่ได้ลงทะเบียนเป็นเจ้าหน้าที่ในเครื่องนี้ ให้แจ้งฝ่ายไอทีลงทะเบียนให้ (thaid-kioskctl officer enroll)',
    'Your fingerprint template cannot be opened on this kiosk. Ask IT to enrol you again.':
        'เปิดแม่แบบลายนิ้วมือของท่านในเครื่องนี้ไม่ได้ ให้แจ้งฝ่ายไอทีลงทะเบียนใหม่',
    'Place your index finger on the scanner.':
        'วางนิ้วชี้ของท่านบนเครื่องสแกน',
    'This card has expired. The citizen needs a new card before registering.':
        'บัตรนี้หมดอายุแล้ว ผู้มาติดต่อต้องทำบัตรใหม่ก่อนลงทะเบียน',
    "This is not the citizen's latest card: a newer one was issued. Ask for the newest card.":
        'บัตรนี้ไม่ใช่บัตรใบล่าสุด มีการออกบัตรใบใหม่แล้ว ให้ขอบัตรใบล่าสุด',
    'The registry reports this card as revoked. Send the citizen to card services.':
        'ระบบทะเบียนแจ้งว่าบัตรนี้ถูกยกเลิกแล้ว แนะนำให้ไปติดต่อทำบัตร',
    'The registry does not know this card. Send the citizen to card services.':
        'ระบบทะเบียนไม่พบข้อมูลบัตรนี้ แนะนำให้ไปติดต่อทำบัตร',
    "Getting the citizen's reference fingerprint from the registry…":
        'กำลังขอลายนิ้วมืออ้างอิงของผู้มาติดต่อจากระบบทะเบียน…',
    'Your finger did not match. Remove your card and try again.':
        'ลายนิ้วมือของท่านไม่ตรง ให้ถอดบัตรแล้วลองใหม่',
    "Signed in. Remove your card, then insert the citizen's card.":
        'เข้าใช้งานแล้ว ถอดบัตรของท่าน แล้วเสียบบัตรของผู้มาติดต่อ',
    'The finger did not match after %n attempt(s). Refer the citizen to the manual process at the registration desk.':
        ['ลายนิ้วมือไม่ตรงหลังจากลอง %n ครั้ง ให้แนะนำผู้มาติดต่อไปใช้ขั้นตอนแบบเจ้าหน้าที่ที่โต๊ะทะเบียน'],
    'Registration complete. Hand the card back to the citizen.':
        'ลงทะเบียนเสร็จแล้ว คืนบัตรให้ผู้มาติดต่อ',
    'The session expired before the phone finished. Start again from the card.':
        'รายการหมดเวลาก่อนที่โทรศัพท์จะทำเสร็จ เริ่มใหม่ตั้งแต่การอ่านบัตร',
    'The registry cancelled the session (for example after three wrong codes). Start again from the card.':
        'ระบบทะเบียนยกเลิกรายการ (เช่น ใส่รหัสผิดสามครั้ง) เริ่มใหม่ตั้งแต่การอ่านบัตร',
    "ALERT: the QR code was scanned by a second phone, so the session was stopped. Make sure only the citizen's phone scans the code, then start again from the card.":
        'แจ้งเตือน: มีโทรศัพท์เครื่องที่สองสแกนคิวอาร์โค้ด จึงหยุดรายการแล้ว ให้แน่ใจว่ามีเพียงโทรศัพท์ของผู้มาติดต่อที่สแกน แล้วเริ่มใหม่ตั้งแต่การอ่านบัตร',
    'The citizen typed a different ID three times, so the registry rejected the session. Check the ID with the citizen and start again from the card.':
        'ผู้มาติดต่อพิมพ์เลขประจำตัวไม่ตรงสามครั้ง ระบบทะเบียนจึงปฏิเสธรายการ ตรวจเลขกับผู้มาติดต่อแล้วเริ่มใหม่ตั้งแต่การอ่านบัตร',
    "Type the 6 digits shown on the citizen's phone.":
        'พิมพ์ตัวเลข 6 หลักที่แสดงบนโทรศัพท์ของผู้มาติดต่อ',
    'Registration stopped and its data erased. Remove the card.':
        'หยุดการลงทะเบียนและลบข้อมูลแล้ว ถอดบัตรออก',
    'Registration stopped and its data erased.':
        'หยุดการลงทะเบียนและลบข้อมูลแล้ว',
    'Locked after %n minute(s) without use. Insert your own ID card to sign in again.':
        ['ล็อกแล้วเนื่องจากไม่มีการใช้งาน %n นาที เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งานอีกครั้ง'],
    'Photo on the card':
        'รูปถ่ายในบัตร',
    'Reading the photo… %1%':
        'กำลังอ่านรูปถ่าย… %1%',
    'Photo progress':
        'ความคืบหน้าการอ่านรูปถ่าย',
    '%1 (age %2)':
        '%1 (อายุ %2 ปี)',
    'Card expires':
        'บัตรหมดอายุ',
    'Cannot register: %1':
        'ลงทะเบียนไม่ได้: %1',
    'Esc or remove the card to end.':
        'กด Esc หรือถอดบัตรเพื่อจบรายการ',
    'Reading the card… keep it in the reader.':
        'กำลังอ่านบัตร… คาบัตรไว้ในเครื่องอ่าน',
    "Compare the photo with the citizen's face. Enter: the face matches. Esc: it does not.":
        'เทียบรูปถ่ายกับใบหน้าผู้มาติดต่อ กด Enter: ใบหน้าตรงกัน กด Esc: ไม่ตรงกัน',
    "Type the code shown on the citizen's phone":
        'พิมพ์รหัสที่แสดงบนโทรศัพท์ของผู้มาติดต่อ',
    'Confirmation code, 6 digits':
        'รหัสยืนยัน 6 หลัก',
    'Tries left: %1':
        'ใส่ได้อีก %1 ครั้ง',
    'Enter: confirm. Esc: cancel.':
        'กด Enter: ยืนยัน กด Esc: ยกเลิก',
    'The card service is not running':
        'บริการสมาร์ตการ์ดไม่ทำงาน',
    'Card reader problem':
        'เครื่องอ่านบัตรมีปัญหา',
    'The card could not be read':
        'อ่านบัตรไม่ได้',
    'Fingerprint scanner problem':
        'เครื่องสแกนลายนิ้วมือมีปัญหา',
    'Registry problem':
        'ระบบทะเบียนมีปัญหา',
    'Storage problem':
        'การจัดเก็บข้อมูลมีปัญหา',
    'Problem':
        'เกิดปัญหา',
    'The kiosk reconnects by itself when the service is back.':
        'เครื่องจะเชื่อมต่อใหม่เองเมื่อบริการกลับมาทำงาน',
    'Enter: try again. Esc: end the registration.':
        'กด Enter: ลองอีกครั้ง กด Esc: จบการลงทะเบียน',
    'Finger not verified':
        'ยืนยันลายนิ้วมือไม่ผ่าน',
    'Fingerprint: attempt %1 of 3':
        'ลายนิ้วมือ: ครั้งที่ %1 จาก 3',
    'Esc: cancel':
        'กด Esc: ยกเลิก',
    'ThaiD registration kiosk':
        'เครื่องลงทะเบียน ThaiD',
    'ThaiD registration':
        'ลงทะเบียน ThaiD',
    'Officer: %1':
        'เจ้าหน้าที่: %1',
    'Not signed in':
        'ยังไม่ได้เข้าใช้งาน',
    'Switch language':
        'เปลี่ยนภาษา',
    'Sign in':
        'เข้าใช้งาน',
    'Insert your own ID card, then place your index finger on the scanner.':
        'เสียบบัตรประชาชนของท่าน แล้ววางนิ้วชี้บนเครื่องสแกน',
    'Signing in':
        'กำลังเข้าใช้งาน',
    'Remove the card':
        'ถอดบัตรออก',
    "Insert the citizen's ID card":
        'เสียบบัตรประชาชนของผู้มาติดต่อ',
    "The card's data shows as soon as it is read. F10: sign out":
        'ข้อมูลในบัตรแสดงทันทีที่อ่านได้ กด F10: ออกจากระบบ',
    "Waiting for the citizen's phone":
        'รอโทรศัพท์ของผู้มาติดต่อ',
    'Time left: %1 s. Esc: cancel':
        'เหลือเวลา %1 วินาที กด Esc: ยกเลิก',
    'Registration complete':
        'ลงทะเบียนเสร็จแล้ว',
    'Remove the card to serve the next citizen.':
        'ถอดบัตรเพื่อให้บริการรายถัดไป',
    'Registration QR code':
        'คิวอาร์โค้ดสำหรับลงทะเบียน',
    'Waiting for the QR code':
        'กำลังรอคิวอาร์โค้ด',
    'Ask the citizen to scan this code':
        'ให้ผู้มาติดต่อสแกนโค้ดนี้',
    'In the ThaiD app: "register through an officer", accept the terms, type the ID, then scan.':
        'ในแอป ThaiD: เลือก "ลงทะเบียนผ่านเจ้าหน้าที่" ยอมรับข้อตกลง พิมพ์เลขประจำตัว แล้วสแกน',
    'This code is valid for %1 s more; a new one follows by itself.':
        'โค้ดนี้ใช้ได้อีก %1 วินาที โค้ดใหม่จะขึ้นมาเอง',
    'Getting a signed code from the registry…':
        'กำลังขอโค้ดที่ลงลายมือชื่อจากระบบทะเบียน…',
    'Session time left: %1:%2':
        'เวลาที่เหลือของรายการ %1:%2',
    'Card':
        'บัตร',
    'Face':
        'ใบหน้า',
    'Finger':
        'ลายนิ้วมือ',
    'QR':
        'คิวอาร์',
    'Code':
        'รหัส',
    'Phone':
        'โทรศัพท์',
    'Done':
        'เสร็จ',
    'Lifelong':
        'ตลอดชีพ',
    'The citizen is creating the 8-digit passcode on the phone.':
        'ผู้มาติดต่อกำลังตั้งรหัสผ่าน 8 หลักบนโทรศัพท์',
    'Passcode set. The citizen is giving consent and unlocking the app.':
        'ตั้งรหัสผ่านแล้ว ผู้มาติดต่อกำลังให้ความยินยอมและเปิดแอป',
    'The phone has scanned the code.':
        'โทรศัพท์สแกนโค้ดแล้ว',
    "Waiting for the citizen's phone.":
        'รอโทรศัพท์ของผู้มาติดต่อ',
    'The kiosk carries on by itself when a reader is connected.':
        'เครื่องจะทำงานต่อเองเมื่อเสียบเครื่องอ่านบัตร',
    # The citizen's screen and the phone steps
    "ThaiD registration, citizen's screen":
        'ลงทะเบียน ThaiD หน้าจอสำหรับผู้มาติดต่อ',
    'Scan this code with the ThaiD app':
        'สแกนรหัสนี้ด้วยแอป ThaiD',
    'A new code follows in %1 s':
        'รหัสใหม่จะขึ้นใน %1 วินาที',
    'Preparing the code…':
        'กำลังเตรียมรหัส…',
    'The officer is checking your card':
        'เจ้าหน้าที่กำลังตรวจสอบบัตรของท่าน',
    'Place your index finger on the scanner':
        'วางนิ้วชี้ของท่านบนเครื่องสแกน',
    'Read the 6-digit code on your phone to the officer':
        'แจ้งรหัส 6 หลักบนโทรศัพท์ของท่านให้เจ้าหน้าที่',
    'Continue on your phone':
        'ทำรายการต่อบนโทรศัพท์ของท่าน',
    'ThaiD is ready on your phone':
        'ThaiD พร้อมใช้งานบนโทรศัพท์ของท่านแล้ว',
    'Welcome. Please give your ID card to the officer.':
        'ยินดีต้อนรับ กรุณายื่นบัตรประชาชนให้เจ้าหน้าที่',
    'Open ThaiD, choose "register through an officer", type the ID number and scan the QR code':
        'เปิด ThaiD เลือก "ลงทะเบียนผ่านเจ้าหน้าที่" กรอกเลขประจำตัวประชาชน แล้วสแกนคิวอาร์โค้ด',
    'Read the 6-digit code on the phone to the officer':
        'แจ้งรหัส 6 หลักบนโทรศัพท์ให้เจ้าหน้าที่',
    'Create an 8-digit passcode':
        'ตั้งรหัสผ่าน 8 หลัก',
    'Give consent and unlock ThaiD':
        'ให้ความยินยอมและปลดล็อก ThaiD',
    'Done: %1':
        'เสร็จแล้ว: %1',
    'Now: %1':
        'ขั้นตอนนี้: %1',
    'Next: %1':
        'ถัดไป: %1',
    "The QR code is on the citizen's screen":
        'คิวอาร์โค้ดแสดงอยู่บนหน้าจอของผู้มาติดต่อ',
    'Code valid %1 s more, then a new one follows by itself.':
        'รหัสนี้ใช้ได้อีก %1 วินาที แล้วรหัสใหม่จะขึ้นเอง',
    'Session: %1:%2 left.':
        'เวลาที่เหลือของรายการ: %1:%2',
    'No phone scanned the QR code within %n second(s). Start again from the card when the citizen is ready.':
        'ไม่มีโทรศัพท์สแกนคิวอาร์โค้ดภายใน %n วินาที เริ่มใหม่จากบัตรเมื่อผู้มาติดต่อพร้อม',
    # thaid-kioskctl doctor and provision
    'Request a new one: thaid-kioskctl provision request, then thaid-kioskctl provision install with what the registry sends.':
        'ขอใบรับรองใหม่: thaid-kioskctl provision request แล้วใช้ thaid-kioskctl provision install กับไฟล์ที่ระบบทะเบียนส่งกลับมา',
    'The station certificate %1 cannot be read.':
        'อ่านใบรับรองของเครื่อง %1 ไม่ได้',
    'Subject: %1':
        'ผู้ถือ: %1',
    'Valid from %1 to %2 (UTC)':
        'ใช้ได้ตั้งแต่ %1 ถึง %2 (UTC)',
    'The station certificate is for %1, but this kiosk is %2.':
        'ใบรับรองเป็นของ %1 แต่เครื่องนี้คือ %2',
    'Set station/id to the station the certificate names, or provision this station again.':
        'ตั้ง station/id ให้ตรงกับเครื่องที่ระบุในใบรับรอง หรือทำ provision ให้เครื่องนี้ใหม่',
    'The station certificate was not issued by the registry CA in %1.':
        'ใบรับรองของเครื่องไม่ได้ออกโดย CA ของระบบทะเบียนใน %1',
    'Install the CA and certificate the registry sent together: thaid-kioskctl provision install.':
        'ติดตั้ง CA และใบรับรองที่ระบบทะเบียนส่งมาพร้อมกัน: thaid-kioskctl provision install',
    'The station key %1 cannot be read by this user, so it was not compared with the certificate.':
        'ผู้ใช้นี้อ่านกุญแจของเครื่อง %1 ไม่ได้ จึงไม่ได้เทียบกับใบรับรอง',
    'Run doctor as root or as thaid-kiosk.':
        'เรียก doctor ในฐานะ root หรือ thaid-kiosk',
    'The station certificate does not belong to the station key %1.':
        'ใบรับรองไม่ใช่ของกุญแจเครื่อง %1',
    'The station certificate is not valid yet.':
        'ใบรับรองของเครื่องยังไม่ถึงวันเริ่มใช้',
    "Check the kiosk's clock (see the clock check).":
        'ตรวจสอบนาฬิกาของเครื่อง (ดูผลตรวจนาฬิกา)',
    'The station certificate expired on %1.':
        'ใบรับรองของเครื่องหมดอายุเมื่อ %1',
    'The station certificate expires in %n day(s).':
        'ใบรับรองของเครื่องจะหมดอายุใน %n วัน',
    'The station certificate is valid for %n more day(s).':
        'ใบรับรองของเครื่องใช้ได้อีก %n วัน',
    'There is no configuration at %1.':
        'ไม่พบไฟล์ตั้งค่าที่ %1',
    'Reinstall thaid-kiosk to get the default /etc/thaid-kiosk/kiosk.conf, or give the right file with --config.':
        'ติดตั้ง thaid-kiosk ใหม่เพื่อให้ได้ /etc/thaid-kiosk/kiosk.conf ค่าเริ่มต้น หรือระบุไฟล์ที่ถูกต้องด้วย --config',
    'The configuration %1 has %n problem(s).':
        'ไฟล์ตั้งค่า %1 มีปัญหา %n รายการ',
    'Edit %1 and correct each key listed, then run doctor again. The kiosk does not start until they are fixed.':
        'แก้ไข %1 ตามรายการด้านล่าง แล้วเรียก doctor อีกครั้ง เครื่องจะไม่เริ่มทำงานจนกว่าจะแก้ครบ',
    'The configuration %1 is valid.':
        'ไฟล์ตั้งค่า %1 ถูกต้อง',
    'Reading a card was not tried.':
        'ยังไม่ได้ลองอ่านบัตร',
    'Fix the card service first.':
        'แก้บริการบัตรอัจฉริยะก่อน',
    'The smart card service (pcscd) does not answer.':
        'บริการบัตรอัจฉริยะ (pcscd) ไม่ตอบสนอง',
    'Start it: systemctl start pcscd.socket pcscd (package pcscd). If it keeps stopping, read journalctl -u pcscd.':
        'เริ่มบริการ: systemctl start pcscd.socket pcscd (แพ็กเกจ pcscd) หากหยุดซ้ำ ให้ดู journalctl -u pcscd',
    'The smart card service answers but fails to list readers.':
        'บริการบัตรอัจฉริยะตอบสนอง แต่แสดงรายการเครื่องอ่านไม่ได้',
    'Restart it: systemctl restart pcscd.':
        'เริ่มบริการใหม่: systemctl restart pcscd',
    '%1: card present, ATR %2':
        '%1: มีบัตร ATR %2',
    '%1: no card':
        '%1: ไม่มีบัตร',
    'The smart card service runs but sees no card reader.':
        'บริการบัตรอัจฉริยะทำงาน แต่ไม่พบเครื่องอ่านบัตร',
    'Connect the card reader (USB), or try another port. CCID readers need the libccid package.':
        'เสียบเครื่องอ่านบัตร (USB) หรือลองช่องอื่น เครื่องอ่านแบบ CCID ต้องมีแพ็กเกจ libccid',
    'The configured reader "%1" is not connected.':
        'ไม่ได้เสียบเครื่องอ่าน "%1" ที่ตั้งค่าไว้',
    'Connect it, or change devices/reader in the configuration (empty: any reader).':
        'เสียบเครื่องนั้น หรือแก้ devices/reader ในไฟล์ตั้งค่า (เว้นว่าง: เครื่องใดก็ได้)',
    'The smart card service answers; %n reader(s).':
        'บริการบัตรอัจฉริยะตอบสนอง มีเครื่องอ่าน %n เครื่อง',
    'No card in the reader, so reading was not tried.':
        'ไม่มีบัตรในเครื่องอ่าน จึงไม่ได้ลองอ่าน',
    "Insert any Thai ID card (an officer's will do) and run doctor again to check that the reader reads.":
        'เสียบบัตรประชาชนใบใดก็ได้ (ของเจ้าหน้าที่ก็ได้) แล้วเรียก doctor อีกครั้งเพื่อตรวจว่าเครื่องอ่านได้',
    'The card in %1 could not be read.':
        'อ่านบัตรใน %1 ไม่ได้',
    'A Thai ID card was read in %1 ms (%n card exchange(s)).':
        'อ่านบัตรประชาชนได้ใน %1 มิลลิวินาที (สื่อสารกับบัตร %n ครั้ง)',
    '%1 (%2): verifies citizens and signs officers in':
        '%1 (%2): ยืนยันตัวผู้มาติดต่อและใช้เข้าระบบของเจ้าหน้าที่ได้',
    "%1 (%2): signs officers in only (match-on-chip; cannot verify citizens against the registry's print)":
        '%1 (%2): ใช้เข้าระบบของเจ้าหน้าที่ได้เท่านั้น (match-on-chip ยืนยันผู้มาติดต่อกับลายนิ้วมือของระบบทะเบียนไม่ได้)',
    'No fingerprint scanner was found.':
        'ไม่พบเครื่องสแกนลายนิ้วมือ',
    'Connect a scanner libfprint supports (see lsusb). Unplug and plug it in again if thaid-kiosk was installed after it was connected.':
        'เสียบเครื่องสแกนที่ libfprint รองรับ (ดู lsusb) หากติดตั้ง thaid-kiosk หลังเสียบเครื่อง ให้ถอดแล้วเสียบใหม่',
    'The configured scanner "%1" is not connected.':
        'ไม่ได้เสียบเครื่องสแกน "%1" ที่ตั้งค่าไว้',
    'Connect it, or change devices/scanner in the configuration (empty: the first that can verify citizens).':
        'เสียบเครื่องนั้น หรือแก้ devices/scanner ในไฟล์ตั้งค่า (เว้นว่าง: เครื่องแรกที่ยืนยันผู้มาติดต่อได้)',
    'No connected scanner can verify citizens.':
        'ไม่มีเครื่องสแกนที่เสียบอยู่เครื่องใดยืนยันผู้มาติดต่อได้',
    "Citizens are checked against the registry's print, which needs an image scanner; a match-on-chip sensor only signs officers in. Connect an image scanner.":
        'การยืนยันผู้มาติดต่อเทียบกับลายนิ้วมือของระบบทะเบียน ซึ่งต้องใช้เครื่องสแกนแบบภาพ เซนเซอร์ match-on-chip ใช้เข้าระบบของเจ้าหน้าที่ได้เท่านั้น ให้เสียบเครื่องสแกนแบบภาพ',
    '%n fingerprint scanner(s) found.':
        'พบเครื่องสแกนลายนิ้วมือ %n เครื่อง',
    '%1 MB free for %2.':
        'มีที่ว่าง %1 MB สำหรับ %2',
    'Free space on %1 (old logs: journalctl --vacuum-size=200M). The audit trail needs room to record every registration.':
        'เพิ่มที่ว่างใน %1 (ลบบันทึกเก่า: journalctl --vacuum-size=200M) บันทึกตรวจสอบต้องมีที่เก็บทุกการลงทะเบียน',
    'No audit trail yet: the kiosk has not run.':
        'ยังไม่มีบันทึกตรวจสอบ: เครื่องยังไม่เคยทำงาน',
    'The audit trail cannot be read.':
        'อ่านบันทึกตรวจสอบไม่ได้',
    'Check %1 (owner thaid-kiosk, mode 0600) and run thaid-kioskctl audit verify.':
        'ตรวจสอบ %1 (เจ้าของ thaid-kiosk โหมด 0600) แล้วเรียก thaid-kioskctl audit verify',
    'Every audit row has reached the registry.':
        'บันทึกตรวจสอบทุกรายการส่งถึงระบบทะเบียนแล้ว',
    '%n audit row(s) wait for the registry; the oldest for %1 s.':
        'บันทึกตรวจสอบ %n รายการรอส่งระบบทะเบียน รายการเก่าสุดรอมา %1 วินาที',
    'The kiosk cannot upload its audit trail: see the registry check. Rows are kept until the registry acknowledges them; do not remove /var/lib/thaid-kiosk meanwhile.':
        'เครื่องส่งบันทึกตรวจสอบไม่ได้ ดูผลตรวจระบบทะเบียน บันทึกจะเก็บไว้จนกว่าระบบทะเบียนยืนยันการรับ ระหว่างนี้ห้ามลบ /var/lib/thaid-kiosk',
    "The clock was not compared with the registry's.":
        'ยังไม่ได้เทียบนาฬิกากับระบบทะเบียน',
    'It is compared once the registry answers.':
        'จะเทียบเมื่อระบบทะเบียนตอบสนอง',
    'The registry settings cannot be used.':
        'ใช้ค่าตั้งระบบทะเบียนไม่ได้',
    'See the configuration and certificate checks.':
        'ดูผลตรวจไฟล์ตั้งค่าและใบรับรอง',
    'The registry at %1 cannot be used.':
        'ใช้ระบบทะเบียนที่ %1 ไม่ได้',
    'The registry at %1 answers over mutual TLS in %2 ms and knows this kiosk as station %3.':
        'ระบบทะเบียนที่ %1 ตอบผ่าน mutual TLS ใน %2 มิลลิวินาที และรู้จักเครื่องนี้เป็นเครื่อง %3',
    "This kiosk's clock is %1 s behind the registry's.":
        'นาฬิกาของเครื่องนี้ช้ากว่าระบบทะเบียน %1 วินาที',
    "This kiosk's clock is %1 s ahead of the registry's.":
        'นาฬิกาของเครื่องนี้เร็วกว่าระบบทะเบียน %1 วินาที',
    "Set the clock from the network: timedatectl set-ntp true (or the office's time server). QR codes and certificates depend on it.":
        'ตั้งนาฬิกาจากเครือข่าย: timedatectl set-ntp true (หรือเซิร์ฟเวอร์เวลาของสำนักงาน) คิวอาร์โค้ดและใบรับรองขึ้นกับนาฬิกา',
    '[ ok ]':
        '[ผ่าน]',
    '[warn]':
        '[เตือน]',
    '[FAIL]':
        '[ไม่ผ่าน]',
    'Configuration':
        'ไฟล์ตั้งค่า',
    'Card service':
        'บริการบัตรอัจฉริยะ',
    'Fingerprint scanners':
        'เครื่องสแกนลายนิ้วมือ',
    'Registry':
        'ระบบทะเบียน',
    'Clock':
        'นาฬิกา',
    'Station certificate':
        'ใบรับรองของเครื่อง',
    'Audit queue':
        'คิวบันทึกตรวจสอบ',
    'Disk':
        'ดิสก์',
    'Check the configuration, card reader, scanners, registry, certificate, clock, audit queue and disk.':
        'ตรวจไฟล์ตั้งค่า เครื่องอ่านบัตร เครื่องสแกน ระบบทะเบียน ใบรับรอง นาฬิกา คิวบันทึกตรวจสอบ และดิสก์',
    'Exit codes: 0 nothing failed (warnings allowed), 1 wrong usage, 2 a check failed.':
        'รหัสออก: 0 ไม่มีรายการไม่ผ่าน (มีคำเตือนได้) 1 ใช้คำสั่งผิด 2 มีรายการไม่ผ่าน',
    'Configuration file.':
        'ไฟล์ตั้งค่า',
    'Seconds to wait for fingerprint scanners to appear.':
        'จำนวนวินาทีที่รอให้เครื่องสแกนลายนิ้วมือปรากฏ',
    'Not checked: the configuration is not valid.':
        'ไม่ได้ตรวจ: ไฟล์ตั้งค่าไม่ถูกต้อง',
    'Fix the configuration first.':
        'แก้ไฟล์ตั้งค่าก่อน',
    "Make the station key and certificate request; install the registry's certificate, CA and QR keys.":
        'สร้างกุญแจและคำขอใบรับรองของเครื่อง ติดตั้งใบรับรอง CA และกุญแจคิวอาร์ของระบบทะเบียน',
    'Usage: thaid-kioskctl provision request|install [options]':
        'วิธีใช้: thaid-kioskctl provision request|install [ตัวเลือก]',
    'Exit codes: 0 done, 1 wrong usage, 2 refused (configuration or files not valid), 3 cannot write.':
        'รหัสออก: 0 สำเร็จ 1 ใช้คำสั่งผิด 2 ปฏิเสธ (ไฟล์ตั้งค่าหรือไฟล์ไม่ถูกต้อง) 3 เขียนไฟล์ไม่ได้',
    "Makes the station's private key (kept on this kiosk, mode 0600) unless it exists, and prints a certificate request for the registry operator.":
        'สร้างกุญแจส่วนตัวของเครื่อง (เก็บในเครื่องนี้ โหมด 0600) หากยังไม่มี และพิมพ์คำขอใบรับรองสำหรับผู้ดูแลระบบทะเบียน',
    'Write the request here (default: stdout).':
        'เขียนคำขอลงไฟล์นี้ (ค่าเริ่มต้น: stdout)',
    'Replace an existing station key with a new one.':
        'แทนกุญแจเดิมของเครื่องด้วยกุญแจใหม่',
    'The configuration %1 has problems:':
        'ไฟล์ตั้งค่า %1 มีปัญหา:',
    'Using the existing station key %1.':
        'ใช้กุญแจเดิมของเครื่อง %1',
    'New station key: %1 (mode 0600).':
        'กุญแจใหม่ของเครื่อง: %1 (โหมด 0600)',
    'Send the request for station-%1 to the registry operator; install what comes back with: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE':
        'ส่งคำขอของ station-%1 ให้ผู้ดูแลระบบทะเบียน แล้วติดตั้งสิ่งที่ได้รับกลับมาด้วย: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE',
    "Checks the registry's answer against this station and its key, then installs the certificate, the registry CA and the QR signing keys where the configuration says.":
        'ตรวจสิ่งที่ระบบทะเบียนส่งมากับเครื่องนี้และกุญแจของเครื่อง แล้วติดตั้งใบรับรอง CA ของระบบทะเบียน และกุญแจลงนามคิวอาร์ ตามตำแหน่งในไฟล์ตั้งค่า',
    'The station certificate the registry issued (PEM).':
        'ใบรับรองของเครื่องที่ระบบทะเบียนออกให้ (PEM)',
    "The registry's CA certificate (PEM).":
        'ใบรับรอง CA ของระบบทะเบียน (PEM)',
    "The registry's QR signing keys (hex, one per line).":
        'กุญแจลงนามคิวอาร์ของระบบทะเบียน (hex บรรทัดละหนึ่งกุญแจ)',
    'provision install needs --certificate, --ca and --qr-keys.':
        'provision install ต้องมี --certificate, --ca และ --qr-keys',
    '%1 holds no QR signing key: %2':
        '%1 ไม่มีกุญแจลงนามคิวอาร์: %2',
    'Not installed: %1.':
        'ไม่ได้ติดตั้ง: %1',
    'Installed the certificate for station-%1, the registry CA and %n QR signing key(s).':
        'ติดตั้งใบรับรองของ station-%1, CA ของระบบทะเบียน และกุญแจลงนามคิวอาร์ %n กุญแจแล้ว',
    'The certificate is valid until %1 (%2 days). Run thaid-kioskctl doctor next.':
        'ใบรับรองใช้ได้ถึง %1 (%2 วัน) ขั้นต่อไปให้เรียก thaid-kioskctl doctor',
    'The free space of %1 cannot be read.':
        'อ่านพื้นที่ว่างของ %1 ไม่ได้',
    'Check that the folder exists.':
        'ตรวจว่ามีโฟลเดอร์นี้อยู่',
    "The registry's certificate, CA or keys are not installed yet: provision this station (thaid-kioskctl provision request, then provision install).":
        'ยังไม่ได้ติดตั้งใบรับรอง CA หรือกุญแจของระบบทะเบียน: ทำ provision ให้เครื่องนี้ (thaid-kioskctl provision request แล้ว provision install)',
    'Edit %1 and correct each key listed, then run doctor again. The kiosk does not start until they are fixed; a fresh kiosk also needs provisioning (thaid-kioskctl provision).':
        'แก้ไข %1 ตามรายการด้านล่าง แล้วเรียก doctor อีกครั้ง เครื่องจะไม่เริ่มทำงานจนกว่าจะแก้ครบ เครื่องที่เพิ่งติดตั้งต้องทำ provision ด้วย (thaid-kioskctl provision)',
    "The card's data shows as soon as it is read. F10: sign out. Ctrl+Shift+M: maintenance":
        'ข้อมูลบัตรจะแสดงทันทีที่อ่านได้ กด F10: ออกจากระบบ กด Ctrl+Shift+M: บำรุงรักษา',
    'Maintenance':
        'บำรุงรักษา',
    'Checking':
        'กำลังตรวจ',
    'Failed':
        'ไม่ผ่าน',
    'Warning':
        'เตือน',
    'OK':
        'ผ่าน',
    'Enter: check again. Esc: back to work. Full report: thaid-kioskctl doctor':
        'กด Enter: ตรวจอีกครั้ง กด Esc: กลับไปทำงาน รายงานฉบับเต็ม: thaid-kioskctl doctor',
    'Maintenance opens for a signed-in officer between citizens: sign in first.':
        'หน้าบำรุงรักษาเปิดได้เมื่อเจ้าหน้าที่เข้าใช้งานแล้วและไม่มีผู้มาติดต่อค้างอยู่ ให้เข้าใช้งานก่อน',
}

ENGLISH_PLURALS = {
    'The station certificate expires in %n day(s).': ['The station certificate expires in %n day.', 'The station certificate expires in %n days.'],
    'The station certificate is valid for %n more day(s).': ['The station certificate is valid for %n more day.', 'The station certificate is valid for %n more days.'],
    'The configuration %1 has %n problem(s).': ['The configuration %1 has %n problem.', 'The configuration %1 has %n problems.'],
    'The smart card service answers; %n reader(s).': ['The smart card service answers; %n reader.', 'The smart card service answers; %n readers.'],
    'A Thai ID card was read in %1 ms (%n card exchange(s)).': ['A Thai ID card was read in %1 ms (%n card exchange).', 'A Thai ID card was read in %1 ms (%n card exchanges).'],
    '%n fingerprint scanner(s) found.': ['%n fingerprint scanner found.', '%n fingerprint scanners found.'],
    '%n audit row(s) wait for the registry; the oldest for %1 s.': ['%n audit row wait for the registry; the oldest for %1 s.', '%n audit rows wait for the registry; the oldest for %1 s.'],
    'Installed the certificate for station-%1, the registry CA and %n QR signing key(s).': ['Installed the certificate for station-%1, the registry CA and %n QR signing key.', 'Installed the certificate for station-%1, the registry CA and %n QR signing keys.'],
    'No phone scanned the QR code within %n second(s). Start again from the card when the citizen is ready.': ['No phone scanned the QR code within %n second. Start again from the card when the citizen is ready.', 'No phone scanned the QR code within %n seconds. Start again from the card when the citizen is ready.'],
    'The finger did not match after %n attempt(s). Refer the citizen to the manual process at the registration desk.': ['The finger did not match after %n attempt. Refer the citizen to the manual process at the registration desk.', 'The finger did not match after %n attempts. Refer the citizen to the manual process at the registration desk.'],
    'Locked after %n minute(s) without use. Insert your own ID card to sign in again.': ['Locked after %n minute without use. Insert your own ID card to sign in again.', 'Locked after %n minutes without use. Insert your own ID card to sign in again.'],
    'Audit trail intact: %n row(s), chain and signatures valid.': ['Audit trail intact: %n row, chain and signatures valid.', 'Audit trail intact: %n rows, chain and signatures valid.'],
    '%n row(s) exported.': ['%n row exported.', '%n rows exported.'],
    '%n officer(s) enrolled.': ['%n officer enrolled.', '%n officers enrolled.'],
    "%n byte(s)": ["%n byte", "%n bytes"],
    "The code does not match the citizen's phone. Check the digits on the phone and type them again (%n tries left).": [
        "The code does not match the citizen's phone. Check the digits on the phone and type them again (%n try left).",
        "The code does not match the citizen's phone. Check the digits on the phone and type them again (%n tries left).",
    ],
}


def fill(path: Path, lookup) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        value = lookup(source)
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            # A plain string is the one form of a language without plurals (Thai).
            for form in [value] if isinstance(value, str) else value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


missing = fill(HERE / "thaid_th.ts", THAI.get)
missing += fill(HERE / "thaid_en.ts", lambda s: ENGLISH_PLURALS.get(s, s))
for m in missing:
    print("no Thai translation for:", repr(m), file=sys.stderr)
sys.exit(1 if missing else 0)
