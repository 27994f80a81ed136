try:
    print(11, repr('{}}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr('{{}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr('{!r:}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(16, repr('{['.format(1, 2, 3, a=5)))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr('{]'.format(1, 2, 3, a=5)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr('{0]'.format(1, 2, 3, a=5)))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(22, repr('}{'.format(1, 2, 3, a=5)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr('{0}}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr('{ 0 }'.format(1, 2, 3, a=5)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr('{-1}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr('{0[-1]}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('{0[ ]}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr('{0.a.b}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr('{:=^}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr('{:.}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('{:,.}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr('{:.-1}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr('{:99999999999999999999}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr('{:.99999999999999999999}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr('{:#}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr('{:+s}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr('{:=s}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr('{:0s}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr('{:_}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr('{:,_}'.format(1, 2, 3, a=5)))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(format(7, '')))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(format(7, 'x')))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(format(7, 'x')))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr(format(7, 'x')))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr(format(7, ':')))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(format(7, ':')))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr(format(7, 'x')))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr(format(7, 'x')))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr(format(7, 'x')))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(format(7, 'x')))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr(format(7, 'x')))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr(format(7, 'x')))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr(format(7, 'x')))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(57, repr(format(7, 'x')))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr(format(7, 'x')))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr(format(7, 'x')))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr(format(7, '%')))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(63, repr(format(7, 'x')))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(format(7, 'x')))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr(format(7, 'x')))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr(format(7, 'x')))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr(format(7, 'x')))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr(format(7, 'x')))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(format(7, 'x')))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(format(7, '=^')))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(format(7, '.')))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr(format(7, ',.')))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(format(7, '.-1')))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr(format(7, '99999999999999999999')))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr(format(7, '.99999999999999999999')))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr(format(7, '#')))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr(format(7, '+s')))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr(format(7, '=s')))
except Exception as e:
    print(78, type(e).__name__, e)
try:
    print(79, repr(format(7, '0s')))
except Exception as e:
    print(79, type(e).__name__, e)
try:
    print(80, repr(format(7, '_')))
except Exception as e:
    print(80, type(e).__name__, e)
try:
    print(81, repr(format(7, ',_')))
except Exception as e:
    print(81, type(e).__name__, e)
try:
    print(82, repr('%' % ()))
except Exception as e:
    print(82, type(e).__name__, e)
try:
    print(83, repr('%' % 5))
except Exception as e:
    print(83, type(e).__name__, e)
try:
    print(84, repr('%' % (1, 2)))
except Exception as e:
    print(84, type(e).__name__, e)
try:
    print(85, repr('%' % {'a': 1}))
except Exception as e:
    print(85, type(e).__name__, e)
try:
    print(86, repr('(' % ()))
except Exception as e:
    print(86, type(e).__name__, e)
try:
    print(87, repr('(' % 5))
except Exception as e:
    print(87, type(e).__name__, e)
try:
    print(88, repr('(' % (1, 2)))
except Exception as e:
    print(88, type(e).__name__, e)
try:
    print(89, repr('(' % {'a': 1}))
except Exception as e:
    print(89, type(e).__name__, e)
try:
    print(94, repr('%(a' % ()))
except Exception as e:
    print(94, type(e).__name__, e)
try:
    print(95, repr('%(a' % 5))
except Exception as e:
    print(95, type(e).__name__, e)
try:
    print(96, repr('%(a' % (1, 2)))
except Exception as e:
    print(96, type(e).__name__, e)
try:
    print(98, repr('%(a)' % ()))
except Exception as e:
    print(98, type(e).__name__, e)
try:
    print(99, repr('%(a)' % 5))
except Exception as e:
    print(99, type(e).__name__, e)
try:
    print(100, repr('%(a)' % (1, 2)))
except Exception as e:
    print(100, type(e).__name__, e)
try:
    print(101, repr('%(a)' % {'a': 1}))
except Exception as e:
    print(101, type(e).__name__, e)
try:
    print(102, repr('%*' % ()))
except Exception as e:
    print(102, type(e).__name__, e)
try:
    print(103, repr('%*' % 5))
except Exception as e:
    print(103, type(e).__name__, e)
try:
    print(104, repr('%*' % (1, 2)))
except Exception as e:
    print(104, type(e).__name__, e)
try:
    print(106, repr('%.*' % ()))
except Exception as e:
    print(106, type(e).__name__, e)
try:
    print(107, repr('%.*' % 5))
except Exception as e:
    print(107, type(e).__name__, e)
try:
    print(108, repr('%.*' % (1, 2)))
except Exception as e:
    print(108, type(e).__name__, e)
try:
    print(110, repr('%-' % ()))
except Exception as e:
    print(110, type(e).__name__, e)
try:
    print(111, repr('%-' % 5))
except Exception as e:
    print(111, type(e).__name__, e)
try:
    print(112, repr('%-' % (1, 2)))
except Exception as e:
    print(112, type(e).__name__, e)
try:
    print(113, repr('%-' % {'a': 1}))
except Exception as e:
    print(113, type(e).__name__, e)
try:
    print(114, repr('%5' % ()))
except Exception as e:
    print(114, type(e).__name__, e)
try:
    print(115, repr('%5' % 5))
except Exception as e:
    print(115, type(e).__name__, e)
try:
    print(116, repr('%5' % (1, 2)))
except Exception as e:
    print(116, type(e).__name__, e)
try:
    print(117, repr('%5' % {'a': 1}))
except Exception as e:
    print(117, type(e).__name__, e)
try:
    print(118, repr('%.' % ()))
except Exception as e:
    print(118, type(e).__name__, e)
try:
    print(119, repr('%.' % 5))
except Exception as e:
    print(119, type(e).__name__, e)
try:
    print(120, repr('%.' % (1, 2)))
except Exception as e:
    print(120, type(e).__name__, e)
try:
    print(121, repr('%.' % {'a': 1}))
except Exception as e:
    print(121, type(e).__name__, e)
try:
    print(122, repr('%.5' % ()))
except Exception as e:
    print(122, type(e).__name__, e)
try:
    print(123, repr('%.5' % 5))
except Exception as e:
    print(123, type(e).__name__, e)
try:
    print(124, repr('%.5' % (1, 2)))
except Exception as e:
    print(124, type(e).__name__, e)
try:
    print(125, repr('%.5' % {'a': 1}))
except Exception as e:
    print(125, type(e).__name__, e)
try:
    print(126, repr('%l' % ()))
except Exception as e:
    print(126, type(e).__name__, e)
try:
    print(127, repr('%l' % 5))
except Exception as e:
    print(127, type(e).__name__, e)
try:
    print(128, repr('%l' % (1, 2)))
except Exception as e:
    print(128, type(e).__name__, e)
try:
    print(129, repr('%l' % {'a': 1}))
except Exception as e:
    print(129, type(e).__name__, e)
try:
    print(134, repr('%h' % ()))
except Exception as e:
    print(134, type(e).__name__, e)
try:
    print(135, repr('%h' % 5))
except Exception as e:
    print(135, type(e).__name__, e)
try:
    print(136, repr('%h' % (1, 2)))
except Exception as e:
    print(136, type(e).__name__, e)
try:
    print(137, repr('%h' % {'a': 1}))
except Exception as e:
    print(137, type(e).__name__, e)
try:
    print(138, repr('%(a)*d' % ()))
except Exception as e:
    print(138, type(e).__name__, e)
try:
    print(139, repr('%(a)*d' % 5))
except Exception as e:
    print(139, type(e).__name__, e)
try:
    print(140, repr('%(a)*d' % (1, 2)))
except Exception as e:
    print(140, type(e).__name__, e)
try:
    print(142, repr('%#' % ()))
except Exception as e:
    print(142, type(e).__name__, e)
try:
    print(143, repr('%#' % 5))
except Exception as e:
    print(143, type(e).__name__, e)
try:
    print(144, repr('%#' % (1, 2)))
except Exception as e:
    print(144, type(e).__name__, e)
try:
    print(145, repr('%#' % {'a': 1}))
except Exception as e:
    print(145, type(e).__name__, e)
try:
    print(146, repr('% ' % ()))
except Exception as e:
    print(146, type(e).__name__, e)
try:
    print(147, repr('% ' % 5))
except Exception as e:
    print(147, type(e).__name__, e)
try:
    print(148, repr('% ' % (1, 2)))
except Exception as e:
    print(148, type(e).__name__, e)
try:
    print(149, repr('% ' % {'a': 1}))
except Exception as e:
    print(149, type(e).__name__, e)
try:
    print(150, repr('%+' % ()))
except Exception as e:
    print(150, type(e).__name__, e)
try:
    print(151, repr('%+' % 5))
except Exception as e:
    print(151, type(e).__name__, e)
try:
    print(152, repr('%+' % (1, 2)))
except Exception as e:
    print(152, type(e).__name__, e)
try:
    print(153, repr('%+' % {'a': 1}))
except Exception as e:
    print(153, type(e).__name__, e)
try:
    print(154, repr('%0' % ()))
except Exception as e:
    print(154, type(e).__name__, e)
try:
    print(155, repr('%0' % 5))
except Exception as e:
    print(155, type(e).__name__, e)
try:
    print(156, repr('%0' % (1, 2)))
except Exception as e:
    print(156, type(e).__name__, e)
try:
    print(157, repr('%0' % {'a': 1}))
except Exception as e:
    print(157, type(e).__name__, e)
try:
    print(158, repr('%z' % ()))
except Exception as e:
    print(158, type(e).__name__, e)
try:
    print(159, repr('%z' % 5))
except Exception as e:
    print(159, type(e).__name__, e)
try:
    print(160, repr('%z' % (1, 2)))
except Exception as e:
    print(160, type(e).__name__, e)
try:
    print(161, repr('%z' % {'a': 1}))
except Exception as e:
    print(161, type(e).__name__, e)
try:
    print(162, repr('%y' % ()))
except Exception as e:
    print(162, type(e).__name__, e)
try:
    print(163, repr('%y' % 5))
except Exception as e:
    print(163, type(e).__name__, e)
try:
    print(164, repr('%y' % (1, 2)))
except Exception as e:
    print(164, type(e).__name__, e)
try:
    print(165, repr('%y' % {'a': 1}))
except Exception as e:
    print(165, type(e).__name__, e)
try:
    print(166, repr('%%%' % ()))
except Exception as e:
    print(166, type(e).__name__, e)
try:
    print(167, repr('%%%' % 5))
except Exception as e:
    print(167, type(e).__name__, e)
try:
    print(168, repr('%%%' % (1, 2)))
except Exception as e:
    print(168, type(e).__name__, e)
try:
    print(169, repr('%%%' % {'a': 1}))
except Exception as e:
    print(169, type(e).__name__, e)
try:
    print(170, repr('%s%' % ()))
except Exception as e:
    print(170, type(e).__name__, e)
try:
    print(171, repr('%s%' % 5))
except Exception as e:
    print(171, type(e).__name__, e)
try:
    print(172, repr('%s%' % (1, 2)))
except Exception as e:
    print(172, type(e).__name__, e)
try:
    print(173, repr('%s%' % {'a': 1}))
except Exception as e:
    print(173, type(e).__name__, e)
try:
    print(174, repr('%(a)s%(' % ()))
except Exception as e:
    print(174, type(e).__name__, e)
try:
    print(175, repr('%(a)s%(' % 5))
except Exception as e:
    print(175, type(e).__name__, e)
try:
    print(176, repr('%(a)s%(' % (1, 2)))
except Exception as e:
    print(176, type(e).__name__, e)
try:
    print(178, repr('%c' % ()))
except Exception as e:
    print(178, type(e).__name__, e)
try:
    print(179, repr('%c' % 5))
except Exception as e:
    print(179, type(e).__name__, e)
try:
    print(180, repr('%c' % (1, 2)))
except Exception as e:
    print(180, type(e).__name__, e)
try:
    print(190, repr('%*.*f' % ()))
except Exception as e:
    print(190, type(e).__name__, e)
try:
    print(191, repr('%*.*f' % 5))
except Exception as e:
    print(191, type(e).__name__, e)
try:
    print(192, repr('%*.*f' % (1, 2)))
except Exception as e:
    print(192, type(e).__name__, e)
