<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Kiosk configuration.</source>
        <translation>ไฟล์ตั้งค่าของเครื่อง</translation>
    </message>
    <message>
        <source>Audit database (default: from the configuration).</source>
        <translation>ฐานข้อมูลบันทึกตรวจสอบ (ค่าเริ่มต้น: ตามไฟล์ตั้งค่า)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message>
        <source>Verify the audit trail, or export its rows.</source>
        <translation>ตรวจความครบถ้วนของบันทึกตรวจสอบ หรือส่งออกรายการบันทึก</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl audit verify|export [options]</source>
        <translation>วิธีใช้: thaid-kioskctl audit verify|export [ตัวเลือก]</translation>
    </message>
    <message>
        <source>Checks every row of the audit trail: the sequence has no gap, each row is chained to the one before, and each carries a valid checkpoint signed with the station key.

Exit codes: 0 intact, 1 wrong usage, 2 altered, removed or reordered rows, 3 the trail or certificate cannot be read.</source>
        <translation>ตรวจทุกรายการของบันทึกตรวจสอบ: ลำดับไม่ขาดหาย แต่ละรายการเชื่อมโยงกับรายการก่อนหน้า และมีจุดตรวจที่ลงลายมือชื่อด้วยกุญแจของเครื่องถูกต้อง

รหัสออก: 0 ครบถ้วน, 1 ใช้คำสั่งผิด, 2 มีรายการถูกแก้ไข ลบ หรือสลับลำดับ, 3 อ่านบันทึกหรือใบรับรองไม่ได้</translation>
    </message>
    <message>
        <source>Station certificate whose key signs the checkpoints (default: from the configuration).</source>
        <translation>ใบรับรองของเครื่องที่ใช้ลงลายมือชื่อจุดตรวจ (ค่าเริ่มต้น: ตามไฟล์ตั้งค่า)</translation>
    </message>
    <message>
        <source>Cannot read %1 or %2</source>
        <translation>อ่าน %1 หรือ %2 ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s), chain and signatures valid.</source>
        <translation>
            <numerusform>บันทึกตรวจสอบครบถ้วน: %n รายการ ห่วงโซ่และลายมือชื่อถูกต้อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail NOT intact: %1</source>
        <translation>บันทึกตรวจสอบไม่ครบถ้วน: %1</translation>
    </message>
    <message>
        <source>Prints audit rows as JSON lines (one object per row), oldest first.</source>
        <translation>พิมพ์รายการบันทึกตรวจสอบเป็น JSON บรรทัดละหนึ่งรายการ เรียงจากเก่าไปใหม่</translation>
    </message>
    <message>
        <source>Only rows at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T08:00:00Z).</source>
        <translation>เฉพาะรายการตั้งแต่เวลานี้ (ISO 8601 เช่น 2026-11-27 หรือ 2026-11-27T08:00:00Z)</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date or time, not &quot;%1&quot;</source>
        <translation>--since ต้องเป็นวันที่หรือเวลาแบบ ISO 8601 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>ส่งออก %n รายการแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardErrorText</name>
    <message>
        <source>No card reader found. Check that the reader is plugged in.</source>
        <translation>ไม่พบเครื่องอ่านบัตร ตรวจสอบว่าเสียบเครื่องอ่านบัตรไว้แล้ว</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the citizen&apos;s ID card, chip first.</source>
        <translation>ไม่มีบัตรในเครื่องอ่าน ให้เสียบบัตรประชาชนของผู้มาติดต่อ โดยหันด้านชิปเข้าก่อน</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it, then try again.</source>
        <translation>มีโปรแกรมอื่นใช้งานบัตรอยู่ ให้ปิดโปรแกรมนั้นแล้วลองใหม่</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Insert it again and keep it in the reader.</source>
        <translation>บัตรถูกดึงออกระหว่างการอ่าน ให้เสียบบัตรใหม่และคาไว้ในเครื่องอ่านจนอ่านเสร็จ</translation>
    </message>
    <message>
        <source>This is not a Thai national ID card. Insert the citizen&apos;s ID card.</source>
        <translation>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ให้เสียบบัตรประชาชนของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer. Remove it, insert it again and retry; if it fails again, use the manual process.</source>
        <translation>บัตรตอบกลับผิดปกติ ให้ถอดบัตรแล้วเสียบใหม่และลองอีกครั้ง หากยังไม่ได้ให้ใช้ขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
    </message>
    <message>
        <source>The reader could not talk to the card. Clean the chip, insert the card again and retry.</source>
        <translation>เครื่องอ่านสื่อสารกับบัตรไม่ได้ ให้ทำความสะอาดชิป เสียบบัตรใหม่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>ยกเลิกการอ่านบัตรแล้ว</translation>
    </message>
    <message>
        <source>The citizen ID on the card fails its check digit. The card cannot be used; refer the citizen to the manual process.</source>
        <translation>เลขประจำตัวประชาชนในบัตรไม่ผ่านการตรวจเลขหลักสุดท้าย ใช้บัตรนี้ไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
    </message>
    <message>
        <source>A date on the card is not valid. Refer the citizen to the manual process.</source>
        <translation>วันที่ในบัตรไม่ถูกต้อง ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
    </message>
    <message>
        <source>Some text on the card has unreadable characters (%1). Check it against the printed card.</source>
        <translation>ข้อความบางส่วนในบัตรมีอักขระที่อ่านไม่ได้ (%1) ให้ตรวจเทียบกับข้อมูลที่พิมพ์บนบัตร</translation>
    </message>
    <message>
        <source>The photo on the card is damaged, so the face cannot be compared. Refer the citizen to the manual process.</source>
        <translation>รูปถ่ายในบัตรเสียหาย เทียบใบหน้าไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
    </message>
    <message>
        <source>The card has expired. The citizen needs a new card first.</source>
        <translation>บัตรหมดอายุแล้ว ผู้มาติดต่อต้องทำบัตรใหม่ก่อน</translation>
    </message>
    <message>
        <source>The sex field on the card is not valid.</source>
        <translation>ข้อมูลเพศในบัตรไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The card data is not valid (%1).</source>
        <translation>ข้อมูลในบัตรไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) is not running. Ask IT to start it (systemctl start pcscd).</source>
        <translation>บริการสมาร์ตการ์ด (pcscd) ไม่ทำงาน ให้แจ้งฝ่ายไอทีเปิดบริการ (systemctl start pcscd)</translation>
    </message>
</context>
<context>
    <name>CitizenDisplay</name>
    <message>
        <source>Jan</source>
        <translation>ม.ค.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>ก.พ.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>มี.ค.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>เม.ย.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>พ.ค.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>มิ.ย.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>ก.ค.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ส.ค.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>ก.ย.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ต.ค.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>พ.ย.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ธ.ค.</translation>
    </message>
    <message>
        <source>%1 BE</source>
        <translation>พ.ศ. %1</translation>
    </message>
    <message>
        <source>%1 %2 BE</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 BE</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation>ตลอดชีพ</translation>
    </message>
    <message>
        <source>Compare with care; if in doubt, ask for another document with a photo.</source>
        <translation>โปรดเปรียบเทียบอย่างละเอียด หากไม่แน่ใจ ให้ขอดูเอกสารอื่นที่มีรูปถ่าย</translation>
    </message>
    <message>
        <source>A lifelong card: its photo may be decades old (issued %1).</source>
        <translation>บัตรตลอดชีพ: รูปถ่ายอาจถ่ายไว้หลายสิบปีแล้ว (ออกบัตรเมื่อ %1)</translation>
    </message>
    <message>
        <source>A lifelong card: its photo may be decades old.</source>
        <translation>บัตรตลอดชีพ: รูปถ่ายอาจถ่ายไว้หลายสิบปีแล้ว</translation>
    </message>
    <message>
        <source>The photo is %1 years old (issued %2).</source>
        <translation>รูปถ่ายนี้ถ่ายไว้ %1 ปีแล้ว (ออกบัตรเมื่อ %2)</translation>
    </message>
    <message>
        <source>Bound at another office within the last 7 days: ask why before replacing it.</source>
        <translation>ผูกที่สำนักงานอื่นภายใน 7 วันที่ผ่านมา: สอบถามเหตุผลก่อนเปลี่ยน</translation>
    </message>
    <message>
        <source>Bound at this office within the last 7 days.</source>
        <translation>ผูกที่สำนักงานนี้ภายใน 7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Bound with a supervisor&apos;s exception, not a fingerprint.</source>
        <translation>ผูกด้วยการอนุมัติกรณียกเว้นของหัวหน้า ไม่ใช่ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>You are replacing your phone. When you finish on the new phone, ThaiD on your old phone stops working.</source>
        <translation>คุณกำลังเปลี่ยนโทรศัพท์ เมื่อทำขั้นตอนบนเครื่องใหม่เสร็จ ThaiD บนเครื่องเดิมจะใช้ไม่ได้</translation>
    </message>
    <message>
        <source>You already have ThaiD on a phone. If you register a new phone now, ThaiD on the old phone stops working.</source>
        <translation>คุณมี ThaiD อยู่บนโทรศัพท์เครื่องหนึ่งแล้ว หากลงทะเบียนเครื่องใหม่ตอนนี้ ThaiD บนเครื่องเดิมจะใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Bound on %1 at station %2.</source>
        <translation>ผูกไว้เมื่อ %1 ที่สถานี %2</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>นิ้วชี้ซ้าย</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>นิ้วชี้ขวา</translation>
    </message>
    <message>
        <source>Today: %1 completed · %2 referred · %3 cancelled</source>
        <translation>วันนี้: สำเร็จ %1 · ส่งต่อ %2 · ยกเลิก %3</translation>
    </message>
    <message>
        <source>Both index fingers are worn and do not read</source>
        <translation>นิ้วชี้ทั้งสองข้างสึกจนสแกนไม่ได้</translation>
    </message>
    <message>
        <source>The citizen has no index finger to scan</source>
        <translation>ประชาชนไม่มีนิ้วชี้ให้สแกน</translation>
    </message>
    <message>
        <source>The index fingers are injured or bandaged</source>
        <translation>นิ้วชี้บาดเจ็บหรือพันแผลอยู่</translation>
    </message>
    <message>
        <source>The scanner cannot read the citizen&apos;s skin</source>
        <translation>เครื่องสแกนอ่านผิวนิ้วของประชาชนไม่ได้</translation>
    </message>
    <message>
        <source>ThaiD is already on a phone: after the face, F8 if it is being replaced.</source>
        <translation>มี ThaiD อยู่บนโทรศัพท์แล้ว: หลังเทียบใบหน้า กด F8 หากกำลังเปลี่ยนเครื่อง</translation>
    </message>
    <message>
        <source>No ThaiD yet: this will be the citizen&apos;s first phone.</source>
        <translation>ยังไม่มี ThaiD: นี่จะเป็นโทรศัพท์เครื่องแรกของประชาชน</translation>
    </message>
    <message>
        <source>Bound on %1 at %2 (station %3).</source>
        <translation>ผูกไว้เมื่อ %1 ที่%2 (สถานี %3)</translation>
    </message>
    <message>
        <source>high (the registry matched a finger when the phone was registered)</source>
        <translation>สูง (สำนักทะเบียนตรวจลายนิ้วมือตรงกันเมื่อลงทะเบียนโทรศัพท์)</translation>
    </message>
    <message>
        <source>substantial (registered with a supervisor&apos;s exception, no finger)</source>
        <translation>ปานกลาง (ลงทะเบียนด้วยการรับรองของหัวหน้า ไม่ใช้ลายนิ้วมือ)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (อายุ %2 ปี)</translation>
    </message>
    <message>
        <source>issued %1, expires %2</source>
        <translation>ออกบัตร %1 หมดอายุ %2</translation>
    </message>
</context>
<context>
    <name>CitizenFacing</name>
    <message>
        <source>ThaiD registration, citizen&apos;s screen</source>
        <translation>ลงทะเบียน ThaiD หน้าจอสำหรับผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>ThaiD registration</source>
        <translation>ลงทะเบียน ThaiD</translation>
    </message>
    <message>
        <source>Registration QR code</source>
        <translation>คิวอาร์โค้ดสำหรับลงทะเบียน</translation>
    </message>
    <message>
        <source>Scan this code with the ThaiD app</source>
        <translation>สแกนรหัสนี้ด้วยแอป ThaiD</translation>
    </message>
    <message>
        <source>A new code follows in %1 s</source>
        <translation>รหัสใหม่จะขึ้นใน %1 วินาที</translation>
    </message>
    <message>
        <source>Preparing the code…</source>
        <translation>กำลังเตรียมรหัส…</translation>
    </message>
    <message>
        <source>The officer is checking your card</source>
        <translation>เจ้าหน้าที่กำลังตรวจสอบบัตรของท่าน</translation>
    </message>
    <message>
        <source>Read the 6-digit code on your phone to the officer</source>
        <translation>แจ้งรหัส 6 หลักบนโทรศัพท์ของท่านให้เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>ทำรายการต่อบนโทรศัพท์ของท่าน</translation>
    </message>
    <message>
        <source>ThaiD is ready on your phone</source>
        <translation>ThaiD พร้อมใช้งานบนโทรศัพท์ของท่านแล้ว</translation>
    </message>
    <message>
        <source>Welcome. Please give your ID card to the officer.</source>
        <translation>ยินดีต้อนรับ กรุณายื่นบัตรประชาชนให้เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Place your LEFT index finger on the scanner</source>
        <translation>วางนิ้วชี้ข้างซ้ายของท่านบนเครื่องสแกน</translation>
    </message>
    <message>
        <source>Place your RIGHT index finger on the scanner</source>
        <translation>วางนิ้วชี้ข้างขวาของท่านบนเครื่องสแกน</translation>
    </message>
    <message>
        <source>A supervisor is confirming who you are</source>
        <translation>หัวหน้ากำลังยืนยันตัวตนของท่าน</translation>
    </message>
    <message>
        <source>ThaiD login QR code</source>
        <translation>คิวอาร์โค้ดเข้าสู่ระบบ ThaiD</translation>
    </message>
    <message>
        <source>Scan this code with the ThaiD app to show who you are</source>
        <translation>สแกนรหัสนี้ด้วยแอป ThaiD เพื่อยืนยันตัวตนของท่าน</translation>
    </message>
    <message>
        <source>Valid %1:%2 more</source>
        <translation>ใช้ได้อีก %1:%2</translation>
    </message>
    <message>
        <source>Your phone shows which counter asks, and a code. This screen shows the same code once you have scanned: approve only if they match.</source>
        <translation>โทรศัพท์ของท่านจะแสดงว่าจุดบริการใดขอข้อมูล พร้อมรหัส หน้าจอนี้จะแสดงรหัสเดียวกันหลังท่านสแกน กดยืนยันเฉพาะเมื่อรหัสตรงกัน</translation>
    </message>
    <message>
        <source>Check that your phone shows this code, then approve</source>
        <translation>ตรวจว่าโทรศัพท์ของท่านแสดงรหัสนี้ แล้วกดยืนยัน</translation>
    </message>
    <message>
        <source>Thank you. The officer can see who you are.</source>
        <translation>ขอบคุณ เจ้าหน้าที่เห็นข้อมูลตัวตนของท่านแล้ว</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Photo on the card</source>
        <translation>รูปถ่ายในบัตร</translation>
    </message>
    <message>
        <source>Reading the photo… %1%</source>
        <translation>กำลังอ่านรูปถ่าย… %1%</translation>
    </message>
    <message>
        <source>Photo progress</source>
        <translation>ความคืบหน้าการอ่านรูปถ่าย</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (อายุ %2 ปี)</translation>
    </message>
    <message>
        <source>Card expires</source>
        <translation>บัตรหมดอายุ</translation>
    </message>
    <message>
        <source>Cannot register: %1</source>
        <translation>ลงทะเบียนไม่ได้: %1</translation>
    </message>
    <message>
        <source>Esc or remove the card to end.</source>
        <translation>กด Esc หรือถอดบัตรเพื่อจบรายการ</translation>
    </message>
    <message>
        <source>Reading the card… keep it in the reader.</source>
        <translation>กำลังอ่านบัตร… คาบัตรไว้ในเครื่องอ่าน</translation>
    </message>
    <message>
        <source>Compare the photo with the citizen&apos;s face. Enter: the face matches. Esc: it does not.</source>
        <translation>เทียบรูปถ่ายกับใบหน้าผู้มาติดต่อ กด Enter: ใบหน้าตรงกัน กด Esc: ไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Type the code shown on the citizen&apos;s phone</source>
        <translation>พิมพ์รหัสที่แสดงบนโทรศัพท์ของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>Confirmation code, 6 digits</source>
        <translation>รหัสยืนยัน 6 หลัก</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>ใส่ได้อีก %1 ครั้ง</translation>
    </message>
    <message>
        <source>The code is sent at the sixth digit. Esc: cancel.</source>
        <translation>รหัสจะส่งทันทีเมื่อพิมพ์ครบ 6 หลัก กด Esc: ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Code valid %1 s more</source>
        <translation>รหัสนี้ใช้ได้อีก %1 วินาที</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The audit trail was not compared with the registry&apos;s copy.</source>
        <translation>ยังไม่ได้เทียบบันทึกตรวจสอบกับสำเนาของระบบทะเบียน</translation>
    </message>
    <message>
        <source>The registry holds audit rows up to %1 from this station, but the trail here ends at row %2: rows were cut from its end.</source>
        <translation>ระบบทะเบียนมีบันทึกตรวจสอบจากเครื่องนี้ถึงรายการที่ %1 แต่บันทึกในเครื่องนี้สิ้นสุดที่รายการที่ %2: มีการตัดรายการท้ายบันทึกออก</translation>
    </message>
    <message>
        <source>Do not register citizens at this kiosk. Leave the machine as it is and call the office&apos;s IT security: the registry keeps its copy of every row it acknowledged.</source>
        <translation>อย่าใช้เครื่องนี้ลงทะเบียนประชาชน ปล่อยเครื่องไว้ตามสภาพและแจ้งฝ่ายความมั่นคงสารสนเทศของสำนักงาน ระบบทะเบียนเก็บสำเนาทุกรายการที่รับไว้แล้ว</translation>
    </message>
    <message>
        <source>The trail here reaches row %1; the registry has acknowledged up to row %2.</source>
        <translation>บันทึกในเครื่องนี้ถึงรายการที่ %1 ระบบทะเบียนรับไว้แล้วถึงรายการที่ %2</translation>
    </message>
    <message>
        <source>See the registry check.</source>
        <translation>ดูผลตรวจระบบทะเบียน</translation>
    </message>
    <message>
        <source>See the audit check.</source>
        <translation>ดูผลตรวจบันทึกตรวจสอบ</translation>
    </message>
    <message>
        <source>This registry does not say what it acknowledged.</source>
        <translation>ระบบทะเบียนนี้ไม่แจ้งว่ารับบันทึกไว้ถึงรายการใด</translation>
    </message>
    <message>
        <source>Request a new one: thaid-kioskctl provision request, then thaid-kioskctl provision install with what the registry sends.</source>
        <translation>ขอใบรับรองใหม่: thaid-kioskctl provision request แล้วใช้ thaid-kioskctl provision install กับไฟล์ที่ระบบทะเบียนส่งกลับมา</translation>
    </message>
    <message>
        <source>The station certificate %1 cannot be read.</source>
        <translation>อ่านใบรับรองของเครื่อง %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>ผู้ถือ: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>ใช้ได้ตั้งแต่ %1 ถึง %2 (UTC)</translation>
    </message>
    <message>
        <source>The station certificate is for %1, but this kiosk is %2.</source>
        <translation>ใบรับรองเป็นของ %1 แต่เครื่องนี้คือ %2</translation>
    </message>
    <message>
        <source>Set station/id to the station the certificate names, or provision this station again.</source>
        <translation>ตั้ง station/id ให้ตรงกับเครื่องที่ระบุในใบรับรอง หรือทำ provision ให้เครื่องนี้ใหม่</translation>
    </message>
    <message>
        <source>The station certificate was not issued by the registry CA in %1.</source>
        <translation>ใบรับรองของเครื่องไม่ได้ออกโดย CA ของระบบทะเบียนใน %1</translation>
    </message>
    <message>
        <source>Install the CA and certificate the registry sent together: thaid-kioskctl provision install.</source>
        <translation>ติดตั้ง CA และใบรับรองที่ระบบทะเบียนส่งมาพร้อมกัน: thaid-kioskctl provision install</translation>
    </message>
    <message>
        <source>Run doctor as root or as thaid-kiosk.</source>
        <translation>เรียก doctor ในฐานะ root หรือ thaid-kiosk</translation>
    </message>
    <message>
        <source>The station certificate does not belong to the station key %1.</source>
        <translation>ใบรับรองไม่ใช่ของกุญแจเครื่อง %1</translation>
    </message>
    <message>
        <source>The station certificate is not valid yet.</source>
        <translation>ใบรับรองของเครื่องยังไม่ถึงวันเริ่มใช้</translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s clock (see the clock check).</source>
        <translation>ตรวจสอบนาฬิกาของเครื่อง (ดูผลตรวจนาฬิกา)</translation>
    </message>
    <message>
        <source>The station certificate expired on %1.</source>
        <translation>ใบรับรองของเครื่องหมดอายุเมื่อ %1</translation>
    </message>
    <message numerus="yes">
        <source>The station certificate expires in %n day(s).</source>
        <translation>
            <numerusform>ใบรับรองของเครื่องจะหมดอายุใน %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>ใบรับรองของเครื่องใช้ได้อีก %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no configuration at %1.</source>
        <translation>ไม่พบไฟล์ตั้งค่าที่ %1</translation>
    </message>
    <message>
        <source>Reinstall thaid-kiosk to get the default /etc/thaid-kiosk/kiosk.conf, or give the right file with --config.</source>
        <translation>ติดตั้ง thaid-kiosk ใหม่เพื่อให้ได้ /etc/thaid-kiosk/kiosk.conf ค่าเริ่มต้น หรือระบุไฟล์ที่ถูกต้องด้วย --config</translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 has %n problem(s).</source>
        <translation>
            <numerusform>ไฟล์ตั้งค่า %1 มีปัญหา %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration %1 is valid.</source>
        <translation>ไฟล์ตั้งค่า %1 ถูกต้อง</translation>
    </message>
    <message>
        <source>Reading a card was not tried.</source>
        <translation>ยังไม่ได้ลองอ่านบัตร</translation>
    </message>
    <message>
        <source>Fix the card service first.</source>
        <translation>แก้บริการบัตรอัจฉริยะก่อน</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) does not answer.</source>
        <translation>บริการบัตรอัจฉริยะ (pcscd) ไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>Start it: systemctl start pcscd.socket pcscd (package pcscd). If it keeps stopping, read journalctl -u pcscd.</source>
        <translation>เริ่มบริการ: systemctl start pcscd.socket pcscd (แพ็กเกจ pcscd) หากหยุดซ้ำ ให้ดู journalctl -u pcscd</translation>
    </message>
    <message>
        <source>The smart card service answers but fails to list readers.</source>
        <translation>บริการบัตรอัจฉริยะตอบสนอง แต่แสดงรายการเครื่องอ่านไม่ได้</translation>
    </message>
    <message>
        <source>Restart it: systemctl restart pcscd.</source>
        <translation>เริ่มบริการใหม่: systemctl restart pcscd</translation>
    </message>
    <message>
        <source>%1: card present, ATR %2</source>
        <translation>%1: มีบัตร ATR %2</translation>
    </message>
    <message>
        <source>%1: no card</source>
        <translation>%1: ไม่มีบัตร</translation>
    </message>
    <message>
        <source>The smart card service runs but sees no card reader.</source>
        <translation>บริการบัตรอัจฉริยะทำงาน แต่ไม่พบเครื่องอ่านบัตร</translation>
    </message>
    <message>
        <source>Connect the card reader (USB), or try another port. CCID readers need the libccid package.</source>
        <translation>เสียบเครื่องอ่านบัตร (USB) หรือลองช่องอื่น เครื่องอ่านแบบ CCID ต้องมีแพ็กเกจ libccid</translation>
    </message>
    <message>
        <source>The configured reader &quot;%1&quot; is not connected.</source>
        <translation>ไม่ได้เสียบเครื่องอ่าน &quot;%1&quot; ที่ตั้งค่าไว้</translation>
    </message>
    <message>
        <source>Connect it, or change devices/reader in the configuration (empty: any reader).</source>
        <translation>เสียบเครื่องนั้น หรือแก้ devices/reader ในไฟล์ตั้งค่า (เว้นว่าง: เครื่องใดก็ได้)</translation>
    </message>
    <message numerus="yes">
        <source>The smart card service answers; %n reader(s).</source>
        <translation>
            <numerusform>บริการบัตรอัจฉริยะตอบสนอง มีเครื่องอ่าน %n เครื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>No card in the reader, so reading was not tried.</source>
        <translation>ไม่มีบัตรในเครื่องอ่าน จึงไม่ได้ลองอ่าน</translation>
    </message>
    <message>
        <source>Insert any Thai ID card (an officer&apos;s will do) and run doctor again to check that the reader reads.</source>
        <translation>เสียบบัตรประชาชนใบใดก็ได้ (ของเจ้าหน้าที่ก็ได้) แล้วเรียก doctor อีกครั้งเพื่อตรวจว่าเครื่องอ่านได้</translation>
    </message>
    <message>
        <source>The card in %1 could not be read.</source>
        <translation>อ่านบัตรใน %1 ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>A Thai ID card was read in %1 ms (%n card exchange(s)).</source>
        <translation>
            <numerusform>อ่านบัตรประชาชนได้ใน %1 มิลลิวินาที (สื่อสารกับบัตร %n ครั้ง)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): verifies citizens and signs officers in</source>
        <translation>%1 (%2): ยืนยันตัวผู้มาติดต่อและใช้เข้าระบบของเจ้าหน้าที่ได้</translation>
    </message>
    <message>
        <source>%1 (%2): signs officers in only (match-on-chip; cannot verify citizens against the registry&apos;s print)</source>
        <translation>%1 (%2): ใช้เข้าระบบของเจ้าหน้าที่ได้เท่านั้น (match-on-chip ยืนยันผู้มาติดต่อกับลายนิ้วมือของระบบทะเบียนไม่ได้)</translation>
    </message>
    <message>
        <source>No fingerprint scanner was found.</source>
        <translation>ไม่พบเครื่องสแกนลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Connect a scanner libfprint supports (see lsusb). Unplug and plug it in again if thaid-kiosk was installed after it was connected.</source>
        <translation>เสียบเครื่องสแกนที่ libfprint รองรับ (ดู lsusb) หากติดตั้ง thaid-kiosk หลังเสียบเครื่อง ให้ถอดแล้วเสียบใหม่</translation>
    </message>
    <message>
        <source>The configured scanner &quot;%1&quot; is not connected.</source>
        <translation>ไม่ได้เสียบเครื่องสแกน &quot;%1&quot; ที่ตั้งค่าไว้</translation>
    </message>
    <message>
        <source>Connect it, or change devices/scanner in the configuration (empty: the first that can verify citizens).</source>
        <translation>เสียบเครื่องนั้น หรือแก้ devices/scanner ในไฟล์ตั้งค่า (เว้นว่าง: เครื่องแรกที่ยืนยันผู้มาติดต่อได้)</translation>
    </message>
    <message>
        <source>No connected scanner can verify citizens.</source>
        <translation>ไม่มีเครื่องสแกนที่เสียบอยู่เครื่องใดยืนยันผู้มาติดต่อได้</translation>
    </message>
    <message>
        <source>Citizens are checked against the registry&apos;s print, which needs an image scanner; a match-on-chip sensor only signs officers in. Connect an image scanner.</source>
        <translation>การยืนยันผู้มาติดต่อเทียบกับลายนิ้วมือของระบบทะเบียน ซึ่งต้องใช้เครื่องสแกนแบบภาพ เซนเซอร์ match-on-chip ใช้เข้าระบบของเจ้าหน้าที่ได้เท่านั้น ให้เสียบเครื่องสแกนแบบภาพ</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint scanner(s) found.</source>
        <translation>
            <numerusform>พบเครื่องสแกนลายนิ้วมือ %n เครื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB free for %2.</source>
        <translation>มีที่ว่าง %1 MB สำหรับ %2</translation>
    </message>
    <message>
        <source>Free space on %1 (old logs: journalctl --vacuum-size=200M). The audit trail needs room to record every registration.</source>
        <translation>เพิ่มที่ว่างใน %1 (ลบบันทึกเก่า: journalctl --vacuum-size=200M) บันทึกตรวจสอบต้องมีที่เก็บทุกการลงทะเบียน</translation>
    </message>
    <message>
        <source>No audit trail yet: the kiosk has not run.</source>
        <translation>ยังไม่มีบันทึกตรวจสอบ: เครื่องยังไม่เคยทำงาน</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>อ่านบันทึกตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>Check %1 (owner thaid-kiosk, mode 0600) and run thaid-kioskctl audit verify.</source>
        <translation>ตรวจสอบ %1 (เจ้าของ thaid-kiosk โหมด 0600) แล้วเรียก thaid-kioskctl audit verify</translation>
    </message>
    <message>
        <source>Every audit row has reached the registry.</source>
        <translation>บันทึกตรวจสอบทุกรายการส่งถึงระบบทะเบียนแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) wait for the registry; the oldest for %1 s.</source>
        <translation>
            <numerusform>บันทึกตรวจสอบ %n รายการรอส่งระบบทะเบียน รายการเก่าสุดรอมา %1 วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot upload its audit trail: see the registry check. Rows are kept until the registry acknowledges them; do not remove /var/lib/thaid-kiosk meanwhile.</source>
        <translation>เครื่องส่งบันทึกตรวจสอบไม่ได้ ดูผลตรวจระบบทะเบียน บันทึกจะเก็บไว้จนกว่าระบบทะเบียนยืนยันการรับ ระหว่างนี้ห้ามลบ /var/lib/thaid-kiosk</translation>
    </message>
    <message>
        <source>The clock was not compared with the registry&apos;s.</source>
        <translation>ยังไม่ได้เทียบนาฬิกากับระบบทะเบียน</translation>
    </message>
    <message>
        <source>It is compared once the registry answers.</source>
        <translation>จะเทียบเมื่อระบบทะเบียนตอบสนอง</translation>
    </message>
    <message>
        <source>The registry settings cannot be used.</source>
        <translation>ใช้ค่าตั้งระบบทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>See the configuration and certificate checks.</source>
        <translation>ดูผลตรวจไฟล์ตั้งค่าและใบรับรอง</translation>
    </message>
    <message>
        <source>The registry at %1 cannot be used.</source>
        <translation>ใช้ระบบทะเบียนที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The registry at %1 answers over mutual TLS in %2 ms and knows this kiosk as station %3.</source>
        <translation>ระบบทะเบียนที่ %1 ตอบผ่าน mutual TLS ใน %2 มิลลิวินาที และรู้จักเครื่องนี้เป็นเครื่อง %3</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is %1 s behind the registry&apos;s.</source>
        <translation>นาฬิกาของเครื่องนี้ช้ากว่าระบบทะเบียน %1 วินาที</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is %1 s ahead of the registry&apos;s.</source>
        <translation>นาฬิกาของเครื่องนี้เร็วกว่าระบบทะเบียน %1 วินาที</translation>
    </message>
    <message>
        <source>Set the clock from the network: timedatectl set-ntp true (or the office&apos;s time server). QR codes and certificates depend on it.</source>
        <translation>ตั้งนาฬิกาจากเครือข่าย: timedatectl set-ntp true (หรือเซิร์ฟเวอร์เวลาของสำนักงาน) คิวอาร์โค้ดและใบรับรองขึ้นกับนาฬิกา</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate, CA or keys are not installed yet: provision this station (thaid-kioskctl provision request, then provision install).</source>
        <translation>ยังไม่ได้ติดตั้งใบรับรอง CA หรือกุญแจของระบบทะเบียน: ทำ provision ให้เครื่องนี้ (thaid-kioskctl provision request แล้ว provision install)</translation>
    </message>
    <message>
        <source>Edit %1 and correct each key listed, then run doctor again. The kiosk does not start until they are fixed; a fresh kiosk also needs provisioning (thaid-kioskctl provision).</source>
        <translation>แก้ไข %1 ตามรายการด้านล่าง แล้วเรียก doctor อีกครั้ง เครื่องจะไม่เริ่มทำงานจนกว่าจะแก้ครบ เครื่องที่เพิ่งติดตั้งต้องทำ provision ด้วย (thaid-kioskctl provision)</translation>
    </message>
    <message>
        <source>The free space of %1 cannot be read.</source>
        <translation>อ่านพื้นที่ว่างของ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Check that the folder exists.</source>
        <translation>ตรวจว่ามีโฟลเดอร์นี้อยู่</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>ไฟล์ตั้งค่า</translation>
    </message>
    <message>
        <source>Card service</source>
        <translation>บริการบัตรอัจฉริยะ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Fingerprint scanners</source>
        <translation>เครื่องสแกนลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>ระบบทะเบียน</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>นาฬิกา</translation>
    </message>
    <message>
        <source>Station certificate</source>
        <translation>ใบรับรองของเครื่อง</translation>
    </message>
    <message>
        <source>Audit queue</source>
        <translation>คิวบันทึกตรวจสอบ</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ดิสก์</translation>
    </message>
    <message>
        <source>The station key %1 could not be loaded, so it was not compared with the certificate.</source>
        <translation>โหลดกุญแจของสถานี %1 ไม่ได้ จึงไม่ได้เทียบกับใบรับรอง</translation>
    </message>
    <message>
        <source>See the station key check.</source>
        <translation>ดูผลการตรวจกุญแจของสถานี</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>กุญแจของสถานี</translation>
    </message>
    <message>
        <source>The registry was not asked: the station key could not be loaded.</source>
        <translation>ยังไม่ได้ติดต่อระบบทะเบียน เพราะโหลดกุญแจของสถานีไม่ได้</translation>
    </message>
    <message>
        <source>The station key cannot be used from the TPM (%1).</source>
        <translation>ใช้กุญแจของสถานีจาก TPM ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Check that this is the machine the station was provisioned on and that its TPM is enabled (tpm/tcti in the configuration says how it is reached). A new machine or a cleared TPM needs provisioning again: thaid-kioskctl provision request --new-key.</source>
        <translation>ตรวจว่าเป็นเครื่องเดียวกับที่ลงทะเบียนสถานีไว้ และเปิดใช้ TPM อยู่ (tpm/tcti ในไฟล์ตั้งค่าบอกวิธีเชื่อมต่อ) เครื่องใหม่หรือ TPM ที่ถูกล้างต้องลงทะเบียนสถานีใหม่: thaid-kioskctl provision request --new-key</translation>
    </message>
    <message>
        <source>The station key %1 cannot be read by this user.</source>
        <translation>ผู้ใช้นี้อ่านกุญแจของสถานี %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The station key is kept in the TPM (%1): it cannot be copied off this machine.</source>
        <translation>กุญแจของสถานีเก็บอยู่ใน TPM (%1) คัดลอกออกจากเครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The station key is a file (%1): whoever copies it can act as this station.</source>
        <translation>กุญแจของสถานีเป็นไฟล์ (%1) ผู้ที่คัดลอกไฟล์นี้ไปได้จะปลอมเป็นสถานีนี้ได้</translation>
    </message>
    <message>
        <source>Where the machine has a TPM 2.0, keep the key there: set registry/key = tpm:0x81000010 and run thaid-kioskctl provision request --new-key (README, Trust model).</source>
        <translation>ถ้าเครื่องมี TPM 2.0 ให้เก็บกุญแจไว้ใน TPM: ตั้ง registry/key = tpm:0x81000010 แล้วสั่ง thaid-kioskctl provision request --new-key (ดู README หัวข้อ Trust model)</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>[ ok ]</source>
        <translation>[ผ่าน]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[เตือน]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[ไม่ผ่าน]</translation>
    </message>
    <message>
        <source>Check the configuration, card reader, scanners, registry, certificate, clock, audit queue and disk.</source>
        <translation>ตรวจไฟล์ตั้งค่า เครื่องอ่านบัตร เครื่องสแกน ระบบทะเบียน ใบรับรอง นาฬิกา คิวบันทึกตรวจสอบ และดิสก์</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing failed (warnings allowed), 1 wrong usage, 2 a check failed.</source>
        <translation>รหัสออก: 0 ไม่มีรายการไม่ผ่าน (มีคำเตือนได้) 1 ใช้คำสั่งผิด 2 มีรายการไม่ผ่าน</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>แสดงผลเป็นออบเจกต์ JSON หนึ่งรายการ</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>ไฟล์ตั้งค่า</translation>
    </message>
    <message>
        <source>Seconds to wait for fingerprint scanners to appear.</source>
        <translation>จำนวนวินาทีที่รอให้เครื่องสแกนลายนิ้วมือปรากฏ</translation>
    </message>
    <message>
        <source>Not checked: the configuration is not valid.</source>
        <translation>ไม่ได้ตรวจ: ไฟล์ตั้งค่าไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Fix the configuration first.</source>
        <translation>แก้ไฟล์ตั้งค่าก่อน</translation>
    </message>
</context>
<context>
    <name>ExceptionReasonScreen</name>
    <message>
        <source>Supervisor exception: why can the fingers not verify the citizen?</source>
        <translation>กรณียกเว้นโดยหัวหน้า: เหตุใดจึงยืนยันตัวตนด้วยลายนิ้วมือไม่ได้</translation>
    </message>
    <message>
        <source>A second officer with the supervisor role signs off with their own card and finger. The registration gets a lower assurance level, and each counter has a daily limit.</source>
        <translation>เจ้าหน้าที่อีกคนที่มีสิทธิ์หัวหน้ายืนยันด้วยบัตรและลายนิ้วมือของตนเอง การลงทะเบียนจะมีระดับความน่าเชื่อถือต่ำกว่า และแต่ละช่องบริการมีจำนวนจำกัดต่อวัน</translation>
    </message>
    <message>
        <source>1 to 4: the reason. Esc: stop and refer the citizen.</source>
        <translation>1 ถึง 4: เลือกเหตุผล Esc: หยุดและส่งต่อประชาชน</translation>
    </message>
</context>
<context>
    <name>FaultScreen</name>
    <message>
        <source>The card service is not running</source>
        <translation>บริการสมาร์ตการ์ดไม่ทำงาน</translation>
    </message>
    <message>
        <source>Card reader problem</source>
        <translation>เครื่องอ่านบัตรมีปัญหา</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>อ่านบัตรไม่ได้</translation>
    </message>
    <message>
        <source>Fingerprint scanner problem</source>
        <translation>เครื่องสแกนลายนิ้วมือมีปัญหา</translation>
    </message>
    <message>
        <source>Registry problem</source>
        <translation>ระบบทะเบียนมีปัญหา</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>การจัดเก็บข้อมูลมีปัญหา</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>เกิดปัญหา</translation>
    </message>
    <message>
        <source>The kiosk reconnects by itself when the service is back.</source>
        <translation>เครื่องจะเชื่อมต่อใหม่เองเมื่อบริการกลับมาทำงาน</translation>
    </message>
    <message>
        <source>Enter: try again. Esc: end the registration.</source>
        <translation>กด Enter: ลองอีกครั้ง กด Esc: จบการลงทะเบียน</translation>
    </message>
    <message>
        <source>The kiosk carries on by itself when a reader is connected.</source>
        <translation>เครื่องจะทำงานต่อเองเมื่อเสียบเครื่องอ่านบัตร</translation>
    </message>
</context>
<context>
    <name>FingerprintCommand</name>
    <message>
        <source>Enrolment: %1 of %2 scans done.</source>
        <translation>ลงทะเบียนลายนิ้วมือ: สแกนแล้ว %1 จาก %2 ครั้ง</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message>
        <source>Key file for prints at rest (AES-256-GCM).</source>
        <translation>ไฟล์กุญแจสำหรับเข้ารหัสลายนิ้วมือที่จัดเก็บ (AES-256-GCM)</translation>
    </message>
    <message>
        <source>Use this scanner (id from &apos;list&apos;).</source>
        <translation>ใช้เครื่องสแกนนี้ (รหัสจากคำสั่ง &apos;list&apos;)</translation>
    </message>
    <message>
        <source>Seconds to wait for a finger.</source>
        <translation>จำนวนวินาทีที่รอให้วางนิ้ว</translation>
    </message>
    <message>
        <source>Seconds to wait for a scanner.</source>
        <translation>จำนวนวินาทีที่รอเครื่องสแกน</translation>
    </message>
    <message>
        <source>Exit codes: 0 match (or done), 1 no match, 2 no scanner, 3 no finger in time, 4 cancelled, 5 scanner unplugged, 6 scanner error, 7 print file damaged, 8 print encrypted with another key, 9 print not usable on this scanner, 10 key file missing or unsafe, 11 scanner busy, 64 wrong usage.</source>
        <translation>รหัสการจบการทำงาน: 0 ตรงกัน (หรือสำเร็จ), 1 ไม่ตรงกัน, 2 ไม่พบเครื่องสแกน, 3 ไม่ได้วางนิ้วภายในเวลา, 4 ยกเลิก, 5 เครื่องสแกนถูกถอดออก, 6 เครื่องสแกนผิดพลาด, 7 ไฟล์ลายนิ้วมือเสียหาย, 8 ลายนิ้วมือเข้ารหัสด้วยกุญแจอื่น, 9 ใช้ลายนิ้วมือนี้กับเครื่องสแกนนี้ไม่ได้, 10 ไฟล์กุญแจหายหรือไม่ปลอดภัย, 11 เครื่องสแกนไม่ว่าง, 64 ใช้คำสั่งไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>List fingerprint scanners, enrol a finger, or verify one against a stored print.</source>
        <translation>แสดงรายการเครื่องสแกนลายนิ้วมือ ลงทะเบียนนิ้ว หรือตรวจสอบนิ้วกับลายนิ้วมือที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl fingerprint list|enroll|verify [options]</source>
        <translation>วิธีใช้: thaid-kioskctl fingerprint list|enroll|verify [ตัวเลือก]</translation>
    </message>
    <message>
        <source>Lists fingerprint scanners and what each can do.</source>
        <translation>แสดงรายการเครื่องสแกนลายนิ้วมือและความสามารถของแต่ละเครื่อง</translation>
    </message>
    <message>
        <source>image scanner: verifies citizens against registry prints and signs officers in</source>
        <translation>เครื่องสแกนแบบภาพ: ตรวจสอบลายนิ้วมือประชาชนกับข้อมูลทะเบียน และใช้ลงชื่อเข้าใช้ของเจ้าหน้าที่ได้</translation>
    </message>
    <message>
        <source>match-on-chip sensor: signs officers in only; cannot verify citizens against registry prints</source>
        <translation>เซนเซอร์จับคู่บนชิป: ใช้ลงชื่อเข้าใช้ของเจ้าหน้าที่ได้เท่านั้น ตรวจสอบลายนิ้วมือประชาชนกับข้อมูลทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>Enrols one finger and writes its print, encrypted, to FILE.</source>
        <translation>ลงทะเบียนนิ้วหนึ่งนิ้วและบันทึกลายนิ้วมือแบบเข้ารหัสลงไฟล์ FILE</translation>
    </message>
    <message>
        <source>Where to write the print.</source>
        <translation>ไฟล์ที่จะบันทึกลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Which finger (right-index, left-index, ...).</source>
        <translation>นิ้วที่ใช้ (right-index, left-index, ...)</translation>
    </message>
    <message>
        <source>enroll needs --out FILE and a valid --finger</source>
        <translation>enroll ต้องระบุ --out FILE และ --finger ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Enrolled; print written to %1</source>
        <translation>ลงทะเบียนแล้ว บันทึกลายนิ้วมือที่ %1</translation>
    </message>
    <message>
        <source>Verifies a finger 1:1 against a stored print.</source>
        <translation>ตรวจสอบนิ้วแบบ 1:1 กับลายนิ้วมือที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>The stored print.</source>
        <translation>ไฟล์ลายนิ้วมือที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>Failed matches before the final no-match.</source>
        <translation>จำนวนครั้งที่ไม่ตรงกันก่อนสรุปว่าไม่ตรงกัน</translation>
    </message>
    <message>
        <source>verify needs --print FILE</source>
        <translation>verify ต้องระบุ --print FILE</translation>
    </message>
    <message>
        <source>Match (attempt %1, %2 ms).</source>
        <translation>ตรงกัน (ครั้งที่ %1, %2 มิลลิวินาที)</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>Finger not verified</source>
        <translation>ยืนยันลายนิ้วมือไม่ผ่าน</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation>%1: ครั้งที่ %2 จาก %3</translation>
    </message>
    <message>
        <source>What the scanner saw</source>
        <translation>ภาพที่เครื่องสแกนได้</translation>
    </message>
    <message>
        <source>The captured fingerprint</source>
        <translation>ภาพลายนิ้วมือที่สแกนได้</translation>
    </message>
    <message>
        <source>F9: a supervisor&apos;s exception. Esc or remove the card to end.</source>
        <translation>F9: กรณียกเว้นโดยหัวหน้า กด Esc หรือถอดบัตรเพื่อจบรายการ</translation>
    </message>
    <message>
        <source>F9: no usable index finger, a supervisor&apos;s exception. Esc: cancel</source>
        <translation>F9: ไม่มีนิ้วชี้ที่ใช้ได้ ใช้กรณียกเว้นโดยหัวหน้า กด Esc: ยกเลิก</translation>
    </message>
</context>
<context>
    <name>FingerprintText</name>
    <message>
        <source>Ask the citizen to place the index finger flat on the scanner.</source>
        <translation>ให้ผู้มาติดต่อวางนิ้วชี้ราบบนเครื่องสแกน</translation>
    </message>
    <message>
        <source>The finger was lifted too soon. Ask the citizen to keep it on the scanner a moment longer.</source>
        <translation>ยกนิ้วออกเร็วเกินไป ให้ผู้มาติดต่อวางนิ้วค้างไว้นานขึ้นอีกเล็กน้อย</translation>
    </message>
    <message>
        <source>The finger is off-centre. Ask the citizen to place it in the middle of the scanner.</source>
        <translation>นิ้วไม่อยู่กลางเครื่องสแกน ให้ผู้มาติดต่อวางนิ้วตรงกลาง</translation>
    </message>
    <message>
        <source>Ask the citizen to lift the finger and place it again.</source>
        <translation>ให้ผู้มาติดต่อยกนิ้วขึ้นแล้ววางใหม่</translation>
    </message>
    <message>
        <source>The scan was not clear. Ask the citizen to place the finger again, pressing gently.</source>
        <translation>ภาพสแกนไม่ชัด ให้ผู้มาติดต่อวางนิ้วใหม่และกดเบา ๆ</translation>
    </message>
    <message>
        <source>No fingerprint scanner found. Check that the scanner is plugged in.</source>
        <translation>ไม่พบเครื่องสแกนลายนิ้วมือ ตรวจสอบว่าเสียบเครื่องไว้แล้ว</translation>
    </message>
    <message>
        <source>The scanner is busy with another operation. Wait a moment and try again.</source>
        <translation>เครื่องสแกนกำลังทำงานอื่นอยู่ รอสักครู่แล้วลองใหม่</translation>
    </message>
    <message>
        <source>No finger was placed in time. Start the scan again when the citizen is ready.</source>
        <translation>ไม่มีการวางนิ้วภายในเวลาที่กำหนด เริ่มสแกนใหม่เมื่อผู้มาติดต่อพร้อม</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>ยกเลิกการสแกนแล้ว</translation>
    </message>
    <message>
        <source>The scanner was unplugged. Plug it in again, then retry.</source>
        <translation>เครื่องสแกนถูกถอดออก ให้เสียบกลับแล้วลองใหม่</translation>
    </message>
    <message>
        <source>The scanner reported an error. Unplug it, plug it in again and retry; if it persists, call IT.</source>
        <translation>เครื่องสแกนแจ้งข้อผิดพลาด ให้ถอดแล้วเสียบใหม่และลองอีกครั้ง หากยังเป็นอยู่ให้แจ้งฝ่ายไอที</translation>
    </message>
    <message>
        <source>The stored fingerprint is damaged. Enrol the finger again.</source>
        <translation>ลายนิ้วมือที่จัดเก็บไว้เสียหาย ให้ลงทะเบียนนิ้วใหม่</translation>
    </message>
    <message>
        <source>The stored fingerprint was encrypted with another key. Enrol the finger again on this kiosk.</source>
        <translation>ลายนิ้วมือที่จัดเก็บไว้เข้ารหัสด้วยกุญแจอื่น ให้ลงทะเบียนนิ้วใหม่ที่เครื่องนี้</translation>
    </message>
    <message>
        <source>The stored fingerprint cannot be checked on this scanner. Use an image scanner or enrol again.</source>
        <translation>ตรวจลายนิ้วมือนี้กับเครื่องสแกนนี้ไม่ได้ ให้ใช้เครื่องสแกนแบบภาพ หรือลงทะเบียนใหม่</translation>
    </message>
    <message>
        <source>The fingerprint key file is missing or unsafe. Ask IT to check it.</source>
        <translation>ไฟล์กุญแจลายนิ้วมือหายหรือไม่ปลอดภัย ให้แจ้งฝ่ายไอทีตรวจสอบ</translation>
    </message>
    <message>
        <source>The fingerprint does not match after the allowed attempts. Refer the citizen to the manual process.</source>
        <translation>ลายนิ้วมือไม่ตรงกันครบจำนวนครั้งที่กำหนดแล้ว ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
    </message>
    <message>
        <source>No match (attempt %1 of %2). Ask the citizen to place the same finger again.</source>
        <translation>ไม่ตรงกัน (ครั้งที่ %1 จาก %2) ให้ผู้มาติดต่อวางนิ้วเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>The right index finger did not match. Now ask for the LEFT index finger, placed flat on the scanner.</source>
        <translation>นิ้วชี้ขวาไม่ตรงกัน ให้ใช้นิ้วชี้ข้างซ้ายแทน วางให้ราบบนเครื่องสแกน</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ThaiD registration kiosk</source>
        <translation>เครื่องลงทะเบียน ThaiD</translation>
    </message>
    <message>
        <source>ThaiD registration</source>
        <translation>ลงทะเบียน ThaiD</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>เจ้าหน้าที่: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>ยังไม่ได้เข้าใช้งาน</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>เปลี่ยนภาษา</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าใช้งาน</translation>
    </message>
    <message>
        <source>Insert your own ID card, then place your index finger on the scanner.</source>
        <translation>เสียบบัตรประชาชนของท่าน แล้ววางนิ้วชี้บนเครื่องสแกน</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>กำลังเข้าใช้งาน</translation>
    </message>
    <message>
        <source>Esc: cancel</source>
        <translation>กด Esc: ยกเลิก</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>ถอดบัตรออก</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s ID card</source>
        <translation>เสียบบัตรประชาชนของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>ลงทะเบียนเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Remove the card to serve the next citizen.</source>
        <translation>ถอดบัตรเพื่อให้บริการรายถัดไป</translation>
    </message>
    <message>
        <source>The card&apos;s data shows as soon as it is read. F10: sign out. Ctrl+Shift+M: maintenance</source>
        <translation>ข้อมูลบัตรจะแสดงทันทีที่อ่านได้ กด F10: ออกจากระบบ กด Ctrl+Shift+M: บำรุงรักษา</translation>
    </message>
    <message>
        <source>The citizen already has ThaiD on a phone</source>
        <translation>ประชาชนมี ThaiD อยู่บนโทรศัพท์แล้ว</translation>
    </message>
    <message>
        <source>F8: the citizen is replacing that phone; it stops working when this registration completes. Esc: stop, and the old phone keeps working.</source>
        <translation>F8: ประชาชนเปลี่ยนโทรศัพท์เครื่องนั้น เครื่องเดิมจะใช้ไม่ได้เมื่อการลงทะเบียนนี้เสร็จ Esc: หยุด และเครื่องเดิมยังใช้ได้ตามปกติ</translation>
    </message>
    <message>
        <source>The card&apos;s data shows as soon as it is read. F6: ThaiD check (the citizen shows who they are with the ThaiD app). F10: sign out. Ctrl+Shift+M: maintenance</source>
        <translation>ข้อมูลบัตรจะแสดงทันทีที่อ่านได้ กด F6: ตรวจสอบตัวตนด้วย ThaiD (ผู้มาติดต่อยืนยันตัวตนด้วยแอป ThaiD) กด F10: ออกจากระบบ กด Ctrl+Shift+M: บำรุงรักษา</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>บำรุงรักษา</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>กำลังตรวจ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>เตือน</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Enter: check again. Esc: back to work. Full report: thaid-kioskctl doctor</source>
        <translation>กด Enter: ตรวจอีกครั้ง กด Esc: กลับไปทำงาน รายงานฉบับเต็ม: thaid-kioskctl doctor</translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>Kiosk configuration.</source>
        <translation>ไฟล์ตั้งค่าของเครื่อง</translation>
    </message>
    <message>
        <source>Enrol, list or remove the officers who may sign in on this kiosk.</source>
        <translation>ลงทะเบียน แสดงรายชื่อ หรือลบเจ้าหน้าที่ที่เข้าใช้เครื่องนี้ได้</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl officer enroll|list|remove [options]</source>
        <translation>วิธีใช้: thaid-kioskctl officer enroll|list|remove [ตัวเลือก]</translation>
    </message>
    <message>
        <source>Reads the officer&apos;s own ID card, then enrols their index finger; the template is stored sealed with AES-256-GCM under the kiosk&apos;s print key.

Exit codes: 0 enrolled, 1 wrong usage, 2 card problem, 3 fingerprint problem, 4 storage problem.</source>
        <translation>อ่านบัตรประชาชนของเจ้าหน้าที่ แล้วลงทะเบียนนิ้วชี้ แม่แบบลายนิ้วมือถูกเข้ารหัส AES-256-GCM ด้วยกุญแจของเครื่องก่อนจัดเก็บ

รหัสออก: 0 ลงทะเบียนแล้ว, 1 ใช้คำสั่งผิด, 2 ปัญหาบัตร, 3 ปัญหาลายนิ้วมือ, 4 ปัญหาการจัดเก็บ</translation>
    </message>
    <message>
        <source>Name shown at sign-in (default: the name on the card).</source>
        <translation>ชื่อที่แสดงตอนเข้าใช้ (ค่าเริ่มต้น: ชื่อบนบัตร)</translation>
    </message>
    <message>
        <source>Use this reader only.</source>
        <translation>ใช้เฉพาะเครื่องอ่านนี้</translation>
    </message>
    <message>
        <source>Use this scanner (id from &apos;fingerprint list&apos;).</source>
        <translation>ใช้เครื่องสแกนนี้ (รหัสจาก &apos;fingerprint list&apos;)</translation>
    </message>
    <message>
        <source>right-index or left-index.</source>
        <translation>right-index (นิ้วชี้ขวา) หรือ left-index (นิ้วชี้ซ้าย)</translation>
    </message>
    <message>
        <source>Seconds to wait for the card and the scanner.</source>
        <translation>จำนวนวินาทีที่รอบัตรและเครื่องสแกน</translation>
    </message>
    <message>
        <source>--finger must be right-index or left-index</source>
        <translation>--finger ต้องเป็น right-index หรือ left-index</translation>
    </message>
    <message>
        <source>Insert the officer&apos;s own ID card.</source>
        <translation>เสียบบัตรประชาชนของเจ้าหน้าที่เอง</translation>
    </message>
    <message>
        <source>This card cannot be used: it is expired or its data is invalid.</source>
        <translation>ใช้บัตรนี้ไม่ได้: บัตรหมดอายุหรือข้อมูลในบัตรไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Card read: %1. Now the finger.</source>
        <translation>อ่านบัตรแล้ว: %1 ต่อไปสแกนนิ้ว</translation>
    </message>
    <message>
        <source>Officer enrolled: %1</source>
        <translation>ลงทะเบียนเจ้าหน้าที่แล้ว: %1</translation>
    </message>
    <message>
        <source>Lists the officers enrolled on this kiosk.</source>
        <translation>แสดงรายชื่อเจ้าหน้าที่ที่ลงทะเบียนไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) enrolled.</source>
        <translation>
            <numerusform>ลงทะเบียนไว้ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes an officer and their fingerprint template.</source>
        <translation>ลบเจ้าหน้าที่และแม่แบบลายนิ้วมือของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The officer&apos;s 13-digit citizen ID.</source>
        <translation>เลขประจำตัวประชาชน 13 หลักของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Name the officer&apos;s citizen ID.</source>
        <translation>ระบุเลขประจำตัวประชาชนของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>No officer with that ID is enrolled here.</source>
        <translation>ไม่มีเจ้าหน้าที่เลขนี้ลงทะเบียนไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Officer removed.</source>
        <translation>ลบเจ้าหน้าที่แล้ว</translation>
    </message>
    <message>
        <source>officer, or supervisor: may sign off another officer&apos;s citizen when their fingers cannot be verified (the registry must give the same role).</source>
        <translation>officer หรือ supervisor: หัวหน้ายืนยันแทนลายนิ้วมือให้ประชาชนของเจ้าหน้าที่อื่นได้ (ระบบทะเบียนต้องให้สิทธิ์เดียวกัน)</translation>
    </message>
    <message>
        <source>--role must be officer or supervisor</source>
        <translation>--role ต้องเป็น officer หรือ supervisor</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Waiting for the citizen&apos;s phone</source>
        <translation>รอโทรศัพท์ของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>Time left: %1 s. Esc: cancel</source>
        <translation>เหลือเวลา %1 วินาที กด Esc: ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PhoneSteps</name>
    <message>
        <source>Open ThaiD, choose &quot;register through an officer&quot;, type the ID number and scan the QR code</source>
        <translation>เปิด ThaiD เลือก &quot;ลงทะเบียนผ่านเจ้าหน้าที่&quot; กรอกเลขประจำตัวประชาชน แล้วสแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>Read the 6-digit code on the phone to the officer</source>
        <translation>แจ้งรหัส 6 หลักบนโทรศัพท์ให้เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Create an 8-digit passcode</source>
        <translation>ตั้งรหัสผ่าน 8 หลัก</translation>
    </message>
    <message>
        <source>Give consent and unlock ThaiD</source>
        <translation>ให้ความยินยอมและปลดล็อก ThaiD</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>เสร็จแล้ว: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>ขั้นตอนนี้: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Configuration file.</source>
        <translation>ไฟล์ตั้งค่า</translation>
    </message>
    <message>
        <source>Make the station key and certificate request; install the registry&apos;s certificate, CA and QR keys.</source>
        <translation>สร้างกุญแจและคำขอใบรับรองของเครื่อง ติดตั้งใบรับรอง CA และกุญแจคิวอาร์ของระบบทะเบียน</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl provision request|install [options]</source>
        <translation>วิธีใช้: thaid-kioskctl provision request|install [ตัวเลือก]</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 wrong usage, 2 refused (configuration or files not valid), 3 cannot write.</source>
        <translation>รหัสออก: 0 สำเร็จ 1 ใช้คำสั่งผิด 2 ปฏิเสธ (ไฟล์ตั้งค่าหรือไฟล์ไม่ถูกต้อง) 3 เขียนไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>Write the request here (default: stdout).</source>
        <translation>เขียนคำขอลงไฟล์นี้ (ค่าเริ่มต้น: stdout)</translation>
    </message>
    <message>
        <source>Replace an existing station key with a new one.</source>
        <translation>แทนกุญแจเดิมของเครื่องด้วยกุญแจใหม่</translation>
    </message>
    <message>
        <source>The configuration %1 has problems:</source>
        <translation>ไฟล์ตั้งค่า %1 มีปัญหา:</translation>
    </message>
    <message>
        <source>Using the existing station key %1.</source>
        <translation>ใช้กุญแจเดิมของเครื่อง %1</translation>
    </message>
    <message>
        <source>New station key: %1 (mode 0600).</source>
        <translation>กุญแจใหม่ของเครื่อง: %1 (โหมด 0600)</translation>
    </message>
    <message>
        <source>Send the request for station-%1 to the registry operator; install what comes back with: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE</source>
        <translation>ส่งคำขอของ station-%1 ให้ผู้ดูแลระบบทะเบียน แล้วติดตั้งสิ่งที่ได้รับกลับมาด้วย: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE</translation>
    </message>
    <message>
        <source>Checks the registry&apos;s answer against this station and its key, then installs the certificate, the registry CA and the QR signing keys where the configuration says.</source>
        <translation>ตรวจสิ่งที่ระบบทะเบียนส่งมากับเครื่องนี้และกุญแจของเครื่อง แล้วติดตั้งใบรับรอง CA ของระบบทะเบียน และกุญแจลงนามคิวอาร์ ตามตำแหน่งในไฟล์ตั้งค่า</translation>
    </message>
    <message>
        <source>The station certificate the registry issued (PEM).</source>
        <translation>ใบรับรองของเครื่องที่ระบบทะเบียนออกให้ (PEM)</translation>
    </message>
    <message>
        <source>The registry&apos;s CA certificate (PEM).</source>
        <translation>ใบรับรอง CA ของระบบทะเบียน (PEM)</translation>
    </message>
    <message>
        <source>The registry&apos;s QR signing keys (hex, one per line).</source>
        <translation>กุญแจลงนามคิวอาร์ของระบบทะเบียน (hex บรรทัดละหนึ่งกุญแจ)</translation>
    </message>
    <message>
        <source>provision install needs --certificate, --ca and --qr-keys.</source>
        <translation>provision install ต้องมี --certificate, --ca และ --qr-keys</translation>
    </message>
    <message>
        <source>%1 holds no QR signing key: %2</source>
        <translation>%1 ไม่มีกุญแจลงนามคิวอาร์: %2</translation>
    </message>
    <message>
        <source>Not installed: %1.</source>
        <translation>ไม่ได้ติดตั้ง: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed the certificate for station-%1, the registry CA and %n QR signing key(s).</source>
        <translation>
            <numerusform>ติดตั้งใบรับรองของ station-%1, CA ของระบบทะเบียน และกุญแจลงนามคิวอาร์ %n กุญแจแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is valid until %1 (%2 days). Run thaid-kioskctl doctor next.</source>
        <translation>ใบรับรองใช้ได้ถึง %1 (%2 วัน) ขั้นต่อไปให้เรียก thaid-kioskctl doctor</translation>
    </message>
    <message>
        <source>The TPM cannot be used: %1</source>
        <translation>ใช้ TPM ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Using the existing station key in the TPM (%1).</source>
        <translation>ใช้กุญแจของสถานีที่มีอยู่แล้วใน TPM (%1)</translation>
    </message>
    <message>
        <source>New station key in the TPM (%1): it was made there and cannot leave it.</source>
        <translation>สร้างกุญแจของสถานีใหม่ใน TPM แล้ว (%1): สร้างขึ้นภายใน TPM และนำออกมาไม่ได้</translation>
    </message>
    <message>
        <source>Makes the station&apos;s private key unless it exists (in the TPM when registry/key is tpm:0x…, else a file of mode 0600), and prints a certificate request for the registry operator.</source>
        <translation>สร้างกุญแจส่วนตัวของสถานีถ้ายังไม่มี (ใน TPM เมื่อ registry/key เป็น tpm:0x… มิฉะนั้นเป็นไฟล์สิทธิ์ 0600) แล้วพิมพ์คำขอใบรับรองให้ผู้ดูแลระบบทะเบียน</translation>
    </message>
    <message>
        <source>The station key cannot be used: %1</source>
        <translation>ใช้กุญแจของสถานีไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>QrScreen</name>
    <message>
        <source>Registration QR code</source>
        <translation>คิวอาร์โค้ดสำหรับลงทะเบียน</translation>
    </message>
    <message>
        <source>Waiting for the QR code</source>
        <translation>กำลังรอคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>Ask the citizen to scan this code</source>
        <translation>ให้ผู้มาติดต่อสแกนโค้ดนี้</translation>
    </message>
    <message>
        <source>Getting a signed code from the registry…</source>
        <translation>กำลังขอโค้ดที่ลงลายมือชื่อจากระบบทะเบียน…</translation>
    </message>
    <message>
        <source>Esc: cancel</source>
        <translation>กด Esc: ยกเลิก</translation>
    </message>
    <message>
        <source>The QR code is on the citizen&apos;s screen</source>
        <translation>คิวอาร์โค้ดแสดงอยู่บนหน้าจอของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>Code valid %1 s more, then a new one follows by itself.</source>
        <translation>รหัสนี้ใช้ได้อีก %1 วินาที แล้วรหัสใหม่จะขึ้นเอง</translation>
    </message>
    <message>
        <source>Session: %1:%2 left.</source>
        <translation>เวลาที่เหลือของรายการ: %1:%2</translation>
    </message>
    <message>
        <source>Opening a registration session at the registry…</source>
        <translation>กำลังเปิดรายการลงทะเบียนกับระบบทะเบียน…</translation>
    </message>
</context>
<context>
    <name>ReadCardCommand</name>
    <message>
        <source>Read the Thai national ID card in a reader and print its data.</source>
        <translation>อ่านบัตรประจำตัวประชาชนจากเครื่องอ่านบัตรและแสดงข้อมูล</translation>
    </message>
    <message>
        <source>Use this reader only.</source>
        <translation>ใช้เฉพาะเครื่องอ่านนี้</translation>
    </message>
    <message>
        <source>Seconds to wait for pcscd, a reader and a card.</source>
        <translation>จำนวนวินาทีที่รอ pcscd เครื่องอ่าน และบัตร</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>แสดงผลเป็นออบเจกต์ JSON หนึ่งรายการ</translation>
    </message>
    <message>
        <source>Add card-link statistics.</source>
        <translation>แสดงสถิติการสื่อสารกับบัตรเพิ่มเติม</translation>
    </message>
    <message>
        <source>Write the photo (JPEG) to FILE.</source>
        <translation>บันทึกรูปถ่าย (JPEG) ลงไฟล์ FILE</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds</source>
        <translation>--wait ต้องระบุเป็นจำนวนวินาที</translation>
    </message>
    <message>
        <source>Cannot write the photo to %1</source>
        <translation>บันทึกรูปถ่ายลง %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>เครื่องอ่าน</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Card request number</source>
        <translation>เลขที่คำขอมีบัตร</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ออกบัตรโดย</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>วันออกบัตร</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>วันบัตรหมดอายุ</translation>
    </message>
    <message>
        <source>lifelong</source>
        <translation>ตลอดชีพ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Photo number</source>
        <translation>เลขใต้รูปถ่าย</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>รูปถ่าย</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n ไบต์</numerusform>
        </translation>
    </message>
    <message>
        <source>Card exchanges</source>
        <translation>จำนวนรอบสื่อสารกับบัตร</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>จำนวนไบต์ที่ได้รับ</translation>
    </message>
    <message>
        <source>Time to text / photo</source>
        <translation>เวลาได้ข้อความ / รูปถ่าย</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the card was read
  2  no reader or no card within --wait
  3  not a Thai ID card
  4  card removed during the read
  5  PC/SC service (pcscd) unavailable
  6  card data invalid (the record is printed, with the problems as warnings)
  7  card held by another program
  8  card or reader error (unexpected answer, communication failure)
  64 wrong usage</source>
        <translation>รหัสการจบการทำงาน:
  0  อ่านบัตรสำเร็จ
  2  ไม่พบเครื่องอ่านหรือไม่มีบัตรภายในเวลา --wait
  3  ไม่ใช่บัตรประจำตัวประชาชน
  4  บัตรถูกดึงออกระหว่างการอ่าน
  5  บริการ PC/SC (pcscd) ไม่พร้อมใช้งาน
  6  ข้อมูลในบัตรไม่ถูกต้อง (แสดงข้อมูลพร้อมคำเตือนปัญหาที่พบ)
  7  มีโปรแกรมอื่นใช้งานบัตรอยู่
  8  บัตรหรือเครื่องอ่านผิดพลาด (ตอบกลับผิดปกติ หรือสื่อสารไม่ได้)
  64 ใช้คำสั่งไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>RegistryErrorText</name>
    <message>
        <source>The registry cannot be reached. Check the network cable; the kiosk keeps trying. If it does not come back, call IT.</source>
        <translation>ติดต่อระบบทะเบียนไม่ได้ ตรวจสอบสายแลน เครื่องจะลองติดต่อใหม่เอง หากยังไม่ได้ให้แจ้งฝ่ายไอที</translation>
    </message>
    <message>
        <source>The secure connection to the registry failed (certificate). Call IT: the station certificate or the registry CA needs attention.</source>
        <translation>การเชื่อมต่อแบบปลอดภัยกับระบบทะเบียนล้มเหลว (ใบรับรอง) ให้แจ้งฝ่ายไอทีตรวจใบรับรองของเครื่องหรือของระบบทะเบียน</translation>
    </message>
    <message>
        <source>The registry had an internal error. Wait a moment and try again.</source>
        <translation>ระบบทะเบียนขัดข้องภายใน รอสักครู่แล้วลองใหม่</translation>
    </message>
    <message>
        <source>The registry sent an answer the kiosk does not understand. Try again; if it happens again, call IT.</source>
        <translation>ระบบทะเบียนตอบกลับในรูปแบบที่เครื่องไม่เข้าใจ ให้ลองใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที</translation>
    </message>
    <message>
        <source>The registry is answering too slowly. Wait a moment and try again.</source>
        <translation>ระบบทะเบียนตอบช้าเกินไป รอสักครู่แล้วลองใหม่</translation>
    </message>
    <message>
        <source>The registry sent a QR code the kiosk cannot verify, so it is not shown. Cancel and start again; if it happens again, call IT.</source>
        <translation>ระบบทะเบียนส่งคิวอาร์โค้ดที่ตรวจสอบลายมือชื่อไม่ผ่าน จึงไม่แสดง ให้ยกเลิกแล้วเริ่มใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match the citizen&apos;s phone. Check the digits on the phone and type them again (%n tries left).</source>
        <translation>
            <numerusform>รหัสไม่ตรงกับที่แสดงบนโทรศัพท์ของผู้มาติดต่อ ตรวจตัวเลขบนโทรศัพท์แล้วพิมพ์ใหม่ (เหลืออีก %n ครั้ง)</numerusform>
        </translation>
    </message>
    <message>
        <source>This card is not the citizen&apos;s latest valid card. Ask for the newest card, or send the citizen to card services.</source>
        <translation>บัตรนี้ไม่ใช่บัตรใบล่าสุดที่ยังใช้ได้ ขอบัตรใบล่าสุด หรือแนะนำให้ไปทำบัตรใหม่</translation>
    </message>
    <message>
        <source>The registry refused this station or officer. Sign in again; if it happens again, call IT.</source>
        <translation>ระบบทะเบียนปฏิเสธเครื่องนี้หรือเจ้าหน้าที่ ให้ลงชื่อเข้าใช้ใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที</translation>
    </message>
    <message>
        <source>The session has expired. Start again from the card.</source>
        <translation>รายการหมดเวลาแล้ว เริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>The registry no longer accepts this station&apos;s certificate: the station was provisioned again. Office IT: point the kiosk at its current key and certificate (thaid-kioskctl doctor), or provision it again.</source>
        <translation>ระบบทะเบียนไม่รับใบรับรองของเครื่องนี้แล้ว เพราะเครื่องนี้ได้รับการตั้งค่าใบรับรองใหม่ ฝ่ายไอทีของสำนักงาน: ตั้งให้เครื่องใช้กุญแจและใบรับรองปัจจุบัน (thaid-kioskctl doctor) หรือตั้งค่าใบรับรองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The registry does not know this session or citizen. Start again from the card.</source>
        <translation>ระบบทะเบียนไม่พบรายการหรือข้อมูลผู้มาติดต่อนี้ เริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>The session has already moved on or ended. Start again from the card.</source>
        <translation>รายการนี้ดำเนินไปแล้วหรือสิ้นสุดแล้ว เริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>The registry refused the request (%1). Start again; if it happens again, call IT.</source>
        <translation>ระบบทะเบียนปฏิเสธคำขอ (%1) ให้เริ่มใหม่ หากเกิดซ้ำให้แจ้งฝ่ายไอที</translation>
    </message>
    <message>
        <source>The registry did not verify the finger. Scan the finger again.</source>
        <translation>ทะเบียนกลางยังไม่ยืนยันลายนิ้วมือ ให้สแกนนิ้วอีกครั้ง</translation>
    </message>
    <message>
        <source>The scan shows too little of the finger. Clean the scanner, press the whole fingertip flat and scan again.</source>
        <translation>ภาพสแกนเห็นลายนิ้วมือน้อยเกินไป ให้เช็ดเครื่องสแกน วางปลายนิ้วให้ราบเต็มหน้า แล้วสแกนอีกครั้ง</translation>
    </message>
    <message>
        <source>Too many fingers did not match for this person. The registry allows no more tries for 15 minutes; refer the citizen to a supervisor.</source>
        <translation>ลายนิ้วมือของบุคคลนี้ไม่ตรงกันหลายครั้งเกินไป ทะเบียนกลางจะไม่ให้ลองอีกภายใน 15 นาที ให้ส่งผู้รับบริการไปพบหัวหน้างาน</translation>
    </message>
    <message>
        <source>The citizen&apos;s ThaiD phone changed while you were serving them. Remove the card and insert it again to see the phone the registry holds now.</source>
        <translation>โทรศัพท์ ThaiD ของประชาชนเปลี่ยนไประหว่างที่ให้บริการ ถอดบัตรแล้วเสียบใหม่เพื่อดูเครื่องที่ทะเบียนบันทึกไว้ขณะนี้</translation>
    </message>
    <message>
        <source>The registry does not accept this card for the sign-off: it needs another officer with the supervisor role. Ask a supervisor to insert their own card.</source>
        <translation>ระบบทะเบียนไม่รับบัตรนี้สำหรับการยืนยัน ต้องเป็นเจ้าหน้าที่อีกคนที่มีสิทธิ์หัวหน้า ให้หัวหน้าเสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>This counter has used all its supervisor exceptions for today. Refer the citizen to the registration desk&apos;s manual process.</source>
        <translation>ช่องบริการนี้ใช้สิทธิ์กรณียกเว้นของวันนี้ครบแล้ว ให้ส่งประชาชนไปใช้ขั้นตอนแบบเจ้าหน้าที่ที่โต๊ะทะเบียน</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A day&apos;s registrations from the audit trail, as text, JSON or a printable page.</source>
        <translation>สรุปการลงทะเบียนรายวันจากบันทึกตรวจสอบ เป็นข้อความ JSON หรือหน้าสำหรับพิมพ์</translation>
    </message>
    <message>
        <source>Kiosk configuration.</source>
        <translation>ไฟล์ตั้งค่าของเครื่อง</translation>
    </message>
    <message>
        <source>Audit database (default: from the configuration).</source>
        <translation>ฐานข้อมูลบันทึกตรวจสอบ (ค่าเริ่มต้น: ตามไฟล์ตั้งค่า)</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD in local time (default: today).</source>
        <translation>วันที่ แบบ YYYY-MM-DD ตามเวลาท้องถิ่น (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message>
        <source>Also write the printable page, with registrations per hour, to FILE.</source>
        <translation>เขียนหน้าสำหรับพิมพ์ พร้อมกราฟการลงทะเบียนรายชั่วโมง ลงไฟล์ FILE ด้วย</translation>
    </message>
    <message>
        <source>--day needs a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--day ต้องเป็นวันที่แบบ YYYY-MM-DD ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>ThaiD registrations on %1, station %2</source>
        <translation>การลงทะเบียน ThaiD วันที่ %1 สถานี %2</translation>
    </message>
    <message>
        <source>  supervisor exceptions: %1</source>
        <translation>  กรณียกเว้นที่หัวหน้าอนุมัติ: %1</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>หัวหน้า %1</translation>
    </message>
    <message>
        <source>  re-registrations (a new phone): %1</source>
        <translation>  ลงทะเบียนใหม่ (เปลี่ยนโทรศัพท์): %1</translation>
    </message>
    <message>
        <source>Printable page: %1</source>
        <translation>หน้าสำหรับพิมพ์: %1</translation>
    </message>
    <message>
        <source>The day&apos;s registrations at this kiosk, from its audit trail: counts by outcome (completed, referred, cancelled) and by reason, p50 and p90 from the card going in to the completed registration, the supervisor exceptions and the re-registrations. People appear only as HMACs.

Exit codes: 0 done, 3 the trail cannot be read, 64 wrong usage.</source>
        <translation>การลงทะเบียนของวันที่เครื่องนี้ จากบันทึกตรวจสอบ: จำนวนตามผล (สำเร็จ ส่งต่อ ยกเลิก) และตามเหตุผล ค่า p50 และ p90 ตั้งแต่เสียบบัตรจนลงทะเบียนสำเร็จ กรณียกเว้นที่หัวหน้าอนุมัติ และการลงทะเบียนใหม่ บุคคลปรากฏเป็น HMAC เท่านั้น

รหัสออก: 0 เสร็จ, 3 อ่านบันทึกไม่ได้, 64 ใช้คำสั่งผิด</translation>
    </message>
    <message>
        <source>  card in to completion: p50 %1, p90 %2</source>
        <translation>  เสียบบัตรจนลงทะเบียนสำเร็จ: p50 %1, p90 %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>completed</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>ThaiD registrations, %1</source>
        <translation>การลงทะเบียน ThaiD %1</translation>
    </message>
    <message>
        <source>ThaiD registrations on %1</source>
        <translation>การลงทะเบียน ThaiD วันที่ %1</translation>
    </message>
    <message>
        <source>Station %1. From the kiosk&apos;s audit trail; people appear only as HMACs, never by name or ID.</source>
        <translation>สถานี %1 จากบันทึกตรวจสอบของเครื่อง บุคคลปรากฏเป็น HMAC เท่านั้น ไม่มีชื่อหรือเลขประจำตัว</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>ประชาชนที่ให้บริการ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Why citizens were referred or cancelled</source>
        <translation>เหตุผลที่ส่งต่อหรือยกเลิก</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Registrations completed per hour</source>
        <translation>การลงทะเบียนที่สำเร็จรายชั่วโมง</translation>
    </message>
    <message>
        <source>Supervisor exceptions</source>
        <translation>กรณียกเว้นที่หัวหน้าอนุมัติ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>supervisor (HMAC)</source>
        <translation>หัวหน้า (HMAC)</translation>
    </message>
    <message>
        <source>citizen (HMAC)</source>
        <translation>ประชาชน (HMAC)</translation>
    </message>
    <message>
        <source>Re-registrations (a new phone)</source>
        <translation>การลงทะเบียนใหม่ (เปลี่ยนโทรศัพท์)</translation>
    </message>
    <message>
        <source>Printed by thaid-kioskctl report.</source>
        <translation>พิมพ์โดย thaid-kioskctl report</translation>
    </message>
    <message>
        <source>From the card going in to the completed registration</source>
        <translation>ตั้งแต่เสียบบัตรจนลงทะเบียนสำเร็จ</translation>
    </message>
</context>
<context>
    <name>SignOffScreen</name>
    <message>
        <source>Remove the card from the reader</source>
        <translation>ถอดบัตรออกจากเครื่องอ่าน</translation>
    </message>
    <message>
        <source>Supervisor: insert your own ID card</source>
        <translation>หัวหน้า: เสียบบัตรประชาชนของท่าน</translation>
    </message>
    <message>
        <source>Reading the supervisor&apos;s card…</source>
        <translation>กำลังอ่านบัตรของหัวหน้า…</translation>
    </message>
    <message>
        <source>Supervisor: your finger on the scanner</source>
        <translation>หัวหน้า: วางนิ้วบนเครื่องสแกน</translation>
    </message>
    <message>
        <source>The registry is checking the supervisor…</source>
        <translation>ระบบทะเบียนกำลังตรวจสอบหัวหน้า…</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card again</source>
        <translation>เสียบบัตรของประชาชนอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the citizen&apos;s card…</source>
        <translation>กำลังอ่านบัตรของประชาชน…</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>The citizen&apos;s card may leave the reader for the supervisor&apos;s. Esc: stop and refer the citizen.</source>
        <translation>ถอดบัตรของประชาชนออกเพื่อเสียบบัตรหัวหน้าได้ Esc: หยุดและส่งต่อประชาชน</translation>
    </message>
    <message>
        <source>Supervisor: take your card back</source>
        <translation>หัวหน้า: ถอดบัตรของท่านออก</translation>
    </message>
    <message>
        <source>Take the citizen&apos;s card out of the reader; the supervisor then inserts their own card.</source>
        <translation>ถอดบัตรของประชาชนออกจากเครื่องอ่าน แล้วให้หัวหน้าเสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>An officer with the supervisor role, not the one serving the citizen.</source>
        <translation>ต้องเป็นเจ้าหน้าที่ที่มีสิทธิ์หัวหน้า และไม่ใช่ผู้ที่ให้บริการประชาชนรายนี้</translation>
    </message>
    <message>
        <source>Then insert the citizen&apos;s card again.</source>
        <translation>จากนั้นเสียบบัตรของประชาชนอีกครั้ง</translation>
    </message>
    <message>
        <source>The same card that was checked: the QR follows.</source>
        <translation>ต้องเป็นบัตรใบเดิมที่ตรวจแล้ว จากนั้นจะแสดงคิวอาร์โค้ด</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>ใบหน้า</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>คิวอาร์</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: เสร็จแล้ว</translation>
    </message>
    <message>
        <source>%1: now</source>
        <translation>%1: ขั้นตอนปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>ThaidCheckScreen</name>
    <message>
        <source>ThaiD login QR code</source>
        <translation>คิวอาร์โค้ดเข้าสู่ระบบ ThaiD</translation>
    </message>
    <message>
        <source>Waiting for the QR code</source>
        <translation>กำลังรอคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone has scanned the code</source>
        <translation>โทรศัพท์ของผู้มาติดต่อสแกนรหัสแล้ว</translation>
    </message>
    <message>
        <source>The QR code is on the citizen&apos;s screen</source>
        <translation>คิวอาร์โค้ดแสดงอยู่บนหน้าจอของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>ThaiD check</source>
        <translation>ตรวจสอบตัวตนด้วย ThaiD</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone and screen both show this code. Ask the citizen to check they match, then approve on the phone.</source>
        <translation>โทรศัพท์และหน้าจอของผู้มาติดต่อแสดงรหัสนี้ ให้ผู้มาติดต่อตรวจว่าตรงกัน แล้วกดยืนยันบนโทรศัพท์</translation>
    </message>
    <message>
        <source>Ask the citizen to open the ThaiD app and scan the QR code. Their phone asks them to approve showing who they are to this counter.</source>
        <translation>ให้ผู้มาติดต่อเปิดแอป ThaiD แล้วสแกนคิวอาร์โค้ด โทรศัพท์จะถามให้ยืนยันการแสดงตัวตนต่อจุดบริการนี้</translation>
    </message>
    <message>
        <source>Code on the citizen&apos;s phone: %1</source>
        <translation>รหัสบนโทรศัพท์ของผู้มาติดต่อ: %1</translation>
    </message>
    <message>
        <source>The login ends in %1:%2 if the phone does not approve.</source>
        <translation>คำขอจะหมดเวลาใน %1:%2 หากโทรศัพท์ไม่ยืนยัน</translation>
    </message>
    <message>
        <source>Esc: stop the check</source>
        <translation>Esc: หยุดการตรวจสอบ</translation>
    </message>
    <message>
        <source>Verified with ThaiD at %1: the registry vouches for this identity</source>
        <translation>ยืนยันด้วย ThaiD เมื่อ %1 น.: สำนักทะเบียนรับรองตัวตนนี้</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Number under the card photo</source>
        <translation>เลขใต้รูปบนบัตร</translation>
    </message>
    <message>
        <source>Esc: clear. F6: check the next citizen. A card inserted starts a registration.</source>
        <translation>Esc: ล้างข้อมูล กด F6: ตรวจสอบผู้มาติดต่อคนถัดไป เสียบบัตรเพื่อเริ่มลงทะเบียน</translation>
    </message>
    <message>
        <source>Identity assurance: %1</source>
        <translation>ระดับความน่าเชื่อถือของตัวตน: %1</translation>
    </message>
    <message>
        <source>Photo the registry holds for this card</source>
        <translation>รูปถ่ายของบัตรนี้ที่สำนักทะเบียนเก็บไว้</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Address on the card</source>
        <translation>ที่อยู่ตามบัตร</translation>
    </message>
    <message>
        <source>The registry gave no photo: compare the citizen with their card or another document if your service needs it.</source>
        <translation>สำนักทะเบียนไม่ได้ส่งรูปถ่าย หากงานบริการต้องใช้ ให้เทียบตัวบุคคลกับบัตรหรือเอกสารอื่น</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Insert your own ID card to sign in.</source>
        <translation>เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งาน</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>กำลังอ่านบัตรของท่าน…</translation>
    </message>
    <message>
        <source>Your card was removed before sign-in finished. Insert it again.</source>
        <translation>บัตรของท่านถูกดึงออกก่อนเข้าใช้งานเสร็จ ให้เสียบบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>The card was removed, so the registration was stopped and its data erased. Insert a card to start again.</source>
        <translation>บัตรถูกดึงออก จึงหยุดการลงทะเบียนและลบข้อมูลแล้ว เสียบบัตรเพื่อเริ่มใหม่</translation>
    </message>
    <message>
        <source>Remove the card and insert it again.</source>
        <translation>ถอดบัตรแล้วเสียบใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This card is not enrolled as an officer on this kiosk. Ask IT to enrol you (thaid-kioskctl officer enroll).</source>
        <translation>บัตรนี้ไม่ได้ลงทะเบียนเป็นเจ้าหน้าที่ในเครื่องนี้ ให้แจ้งฝ่ายไอทีลงทะเบียนให้ (thaid-kioskctl officer enroll)</translation>
    </message>
    <message>
        <source>Place your index finger on the scanner.</source>
        <translation>วางนิ้วชี้ของท่านบนเครื่องสแกน</translation>
    </message>
    <message>
        <source>This card has expired. The citizen needs a new card before registering.</source>
        <translation>บัตรนี้หมดอายุแล้ว ผู้มาติดต่อต้องทำบัตรใหม่ก่อนลงทะเบียน</translation>
    </message>
    <message>
        <source>This is not the citizen&apos;s latest card: a newer one was issued. Ask for the newest card.</source>
        <translation>บัตรนี้ไม่ใช่บัตรใบล่าสุด มีการออกบัตรใบใหม่แล้ว ให้ขอบัตรใบล่าสุด</translation>
    </message>
    <message>
        <source>The registry reports this card as revoked. Send the citizen to card services.</source>
        <translation>ระบบทะเบียนแจ้งว่าบัตรนี้ถูกยกเลิกแล้ว แนะนำให้ไปติดต่อทำบัตร</translation>
    </message>
    <message>
        <source>The registry does not know this card. Send the citizen to card services.</source>
        <translation>ระบบทะเบียนไม่พบข้อมูลบัตรนี้ แนะนำให้ไปติดต่อทำบัตร</translation>
    </message>
    <message>
        <source>Signed in. Remove your card, then insert the citizen&apos;s card.</source>
        <translation>เข้าใช้งานแล้ว ถอดบัตรของท่าน แล้วเสียบบัตรของผู้มาติดต่อ</translation>
    </message>
    <message numerus="yes">
        <source>The finger did not match after %n attempt(s). Refer the citizen to the manual process at the registration desk.</source>
        <translation>
            <numerusform>ลายนิ้วมือไม่ตรงหลังจากลอง %n ครั้ง ให้แนะนำผู้มาติดต่อไปใช้ขั้นตอนแบบเจ้าหน้าที่ที่โต๊ะทะเบียน</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration complete. Hand the card back to the citizen.</source>
        <translation>ลงทะเบียนเสร็จแล้ว คืนบัตรให้ผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>The session expired before the phone finished. Start again from the card.</source>
        <translation>รายการหมดเวลาก่อนที่โทรศัพท์จะทำเสร็จ เริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>The registry cancelled the session (for example after three wrong codes). Start again from the card.</source>
        <translation>ระบบทะเบียนยกเลิกรายการ (เช่น ใส่รหัสผิดสามครั้ง) เริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>Nothing was bound: the citizen&apos;s ThaiD changed at another counter while this phone was being set up. Start again from the card to see the phone now on record.</source>
        <translation>ไม่ได้ผูกโทรศัพท์: ThaiD ของผู้มาติดต่อถูกเปลี่ยนที่เคาน์เตอร์อื่นระหว่างตั้งค่าโทรศัพท์เครื่องนี้ เริ่มใหม่ตั้งแต่การอ่านบัตรเพื่อดูโทรศัพท์ที่ผูกอยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Nothing was bound: this phone&apos;s ThaiD is already in use for another citizen. Ask the citizen to use their own phone, then start again from the card.</source>
        <translation>ไม่ได้ผูกโทรศัพท์: ThaiD ในโทรศัพท์เครื่องนี้ใช้กับบุคคลอื่นอยู่แล้ว ขอให้ผู้มาติดต่อใช้โทรศัพท์ของตนเอง แล้วเริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>ALERT: the QR code was scanned by a second phone, so the session was stopped. Make sure only the citizen&apos;s phone scans the code, then start again from the card.</source>
        <translation>แจ้งเตือน: มีโทรศัพท์เครื่องที่สองสแกนคิวอาร์โค้ด จึงหยุดรายการแล้ว ให้แน่ใจว่ามีเพียงโทรศัพท์ของผู้มาติดต่อที่สแกน แล้วเริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>The citizen typed a different ID three times, so the registry rejected the session. Check the ID with the citizen and start again from the card.</source>
        <translation>ผู้มาติดต่อพิมพ์เลขประจำตัวไม่ตรงสามครั้ง ระบบทะเบียนจึงปฏิเสธรายการ ตรวจเลขกับผู้มาติดต่อแล้วเริ่มใหม่ตั้งแต่การอ่านบัตร</translation>
    </message>
    <message>
        <source>Type the 6 digits shown on the citizen&apos;s phone.</source>
        <translation>พิมพ์ตัวเลข 6 หลักที่แสดงบนโทรศัพท์ของผู้มาติดต่อ</translation>
    </message>
    <message>
        <source>Registration stopped and its data erased. Remove the card.</source>
        <translation>หยุดการลงทะเบียนและลบข้อมูลแล้ว ถอดบัตรออก</translation>
    </message>
    <message>
        <source>Registration stopped and its data erased.</source>
        <translation>หยุดการลงทะเบียนและลบข้อมูลแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Insert your own ID card to sign in again.</source>
        <translation>
            <numerusform>ล็อกแล้วเนื่องจากไม่มีการใช้งาน %n นาที เสียบบัตรประชาชนของท่านเพื่อเข้าใช้งานอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No phone scanned the QR code within %n second(s). Start again from the card when the citizen is ready.</source>
        <translation>
            <numerusform>ไม่มีโทรศัพท์สแกนคิวอาร์โค้ดภายใน %n วินาที เริ่มใหม่จากบัตรเมื่อผู้มาติดต่อพร้อม</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance opens for a signed-in officer between citizens: sign in first.</source>
        <translation>หน้าบำรุงรักษาเปิดได้เมื่อเจ้าหน้าที่เข้าใช้งานแล้วและไม่มีผู้มาติดต่อค้างอยู่ ให้เข้าใช้งานก่อน</translation>
    </message>
    <message>
        <source>Checking the code with the registry…</source>
        <translation>กำลังตรวจรหัสกับระบบทะเบียน…</translation>
    </message>
    <message>
        <source>The registry is checking the finger…</source>
        <translation>ทะเบียนกลางกำลังตรวจลายนิ้วมือ…</translation>
    </message>
    <message>
        <source>The supervisor&apos;s card was removed before the registry answered. Insert it again.</source>
        <translation>บัตรของหัวหน้าถูกถอดออกก่อนระบบทะเบียนตอบ ให้เสียบอีกครั้ง</translation>
    </message>
    <message>
        <source>This is not the card that was checked for this citizen. Remove it and insert the citizen&apos;s card.</source>
        <translation>บัตรนี้ไม่ใช่บัตรที่ตรวจไว้สำหรับประชาชนรายนี้ ถอดออกแล้วเสียบบัตรของประชาชน</translation>
    </message>
    <message>
        <source>That is the citizen&apos;s card. Remove it; the supervisor inserts their own card.</source>
        <translation>นี่คือบัตรของประชาชน ถอดออก แล้วให้หัวหน้าเสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>This card is not enrolled on this kiosk. Remove it; a supervisor enrolled here inserts their own card.</source>
        <translation>บัตรนี้ไม่ได้ลงทะเบียนในเครื่องนี้ ถอดออก แล้วให้หัวหน้าที่ลงทะเบียนไว้เสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>This officer does not have the supervisor role. Remove the card; a supervisor inserts their own card.</source>
        <translation>เจ้าหน้าที่ผู้นี้ไม่มีสิทธิ์หัวหน้า ถอดบัตรออก แล้วให้หัวหน้าเสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>The officer serving the citizen cannot sign off for them. Remove the card; another officer with the supervisor role inserts their own card.</source>
        <translation>เจ้าหน้าที่ที่ให้บริการอยู่ยืนยันแทนเองไม่ได้ ถอดบัตรออก แล้วให้เจ้าหน้าที่อีกคนที่มีสิทธิ์หัวหน้าเสียบบัตรของตนเอง</translation>
    </message>
    <message>
        <source>Supervisor: place your enrolled index finger on the scanner.</source>
        <translation>หัวหน้า: วางนิ้วชี้ที่ลงทะเบียนไว้บนเครื่องสแกน</translation>
    </message>
    <message>
        <source>The registry is checking the supervisor…</source>
        <translation>ระบบทะเบียนกำลังตรวจสอบหัวหน้า…</translation>
    </message>
    <message>
        <source>The registry accepted the supervisor&apos;s sign-off.</source>
        <translation>ระบบทะเบียนรับการยืนยันของหัวหน้าแล้ว</translation>
    </message>
    <message>
        <source>The citizen refused on the phone. Nothing was shared. F6: check again.</source>
        <translation>ผู้มาติดต่อปฏิเสธบนโทรศัพท์ ไม่มีการส่งข้อมูลใด กด F6: ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>No phone approved in time. F6: show a new QR.</source>
        <translation>ไม่มีโทรศัพท์ยืนยันภายในเวลา กด F6: แสดงคิวอาร์โค้ดใหม่</translation>
    </message>
    <message>
        <source>The phone that scanned is not an active ThaiD (replaced or never registered). Ask the citizen to use their current phone, or to register again.</source>
        <translation>โทรศัพท์ที่สแกนไม่ใช่ ThaiD ที่ใช้งานอยู่ (ถูกแทนที่หรือไม่เคยลงทะเบียน) ให้ผู้มาติดต่อใช้โทรศัพท์เครื่องปัจจุบัน หรือลงทะเบียนใหม่</translation>
    </message>
    <message>
        <source>The ThaiD check was cleared.</source>
        <translation>ล้างผลการตรวจสอบด้วย ThaiD แล้ว</translation>
    </message>
    <message>
        <source>This kiosk is not registered for ThaiD checks. Ask office IT to set [thaid_check] in kiosk.conf.</source>
        <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนเพื่อตรวจสอบด้วย ThaiD แจ้งฝ่ายไอทีของสำนักงานให้ตั้งค่า [thaid_check] ใน kiosk.conf</translation>
    </message>
</context>
<context>
    <name>thaid::app::OfficerSignIn</name>
    <message>
        <source>Your finger did not match. Remove your card and try again.</source>
        <translation>ลายนิ้วมือของท่านไม่ตรง ให้ถอดบัตรแล้วลองใหม่</translation>
    </message>
</context>
</TS>
